"""Tools for the people who write guides: ``new``, ``import``, ``check``, the JSON
Schemas for editors, and the live preview. None of the build stages depend on them."""
