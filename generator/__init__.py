"""Study-guide generator: structured content in, printable PDF booklets out.

The pipeline, one module per stage:
``files`` (read) → ``load`` (validate into ``model``) → ``html`` (Jinja) →
``pdf`` (WeasyPrint) → ``impose`` (post-process); ``build`` drives it and
``cli`` is the only place that prints or exits.
"""

__version__ = "0.1.0"
