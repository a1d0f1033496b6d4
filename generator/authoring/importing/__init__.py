"""The importer's parts: reading other formats, taking pictures safely, and repairing what it wrote."""
