"""Stage zero: the words, dates, order and typography of each language.

Everything the product prints that is not the author's own text comes from here:
message catalogues in gettext form (``locales/<lang>/LC_MESSAGES/studyguide.po``,
managed with Babel), plural rules and dates from CLDR (through Babel), collation by
the Unicode Collation Algorithm, and each language's typographic conventions.
Content, render and products import this package; it imports none of them.
"""
