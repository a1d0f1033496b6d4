"""Stage two: the model becomes HTML (Jinja, page geometry) and then laid-out PDF pages (WeasyPrint)."""
