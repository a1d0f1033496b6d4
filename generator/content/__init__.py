"""Stage one: a guide's folder becomes a validated, typed model that remembers where
each record was written.

``files`` reads (size and encoding limits, YAML with line numbers, parsed under
``yaml_guard``'s limits), ``load`` validates into ``model`` (``validation`` words
each problem) and attaches each record's origin; ``dates``, ``markup`` and
``images`` parse and check the values that need more than a type.
"""
