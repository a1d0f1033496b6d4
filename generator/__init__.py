"""Study-guide generator: structured content in, printable PDF booklets out.

The packages are the stages of the pipeline, in order:
``content`` (a guide's folder → a validated, located model) → ``render`` (model →
HTML → PDF) → ``products`` (the folded booklet, the handout, the flashcards).
``jobs`` plans every output as a job and runs the jobs in worker processes, ``build``
runs one job and ``stamps`` says whether its output is up to date;
``cli`` is the only module that prints or exits; ``authoring`` holds the tools
authors use beside the pipeline. docs/architecture.md draws it.
"""

#: The one place the version is written; the packaging reads it from here.
__version__ = "0.1.0"
