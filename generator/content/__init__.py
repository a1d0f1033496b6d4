"""Stage one: a guide's folder becomes a validated, typed model.

``files`` reads (size and encoding limits, YAML with line numbers), ``load``
validates into ``model``; ``dates``, ``markup`` and ``images`` parse and check
the values that need more than a type.
"""
