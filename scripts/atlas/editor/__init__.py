"""What a contributor's editor and scaffold need: JSON Schemas, new-entry files, file headers."""
