"""Stage two: the model becomes HTML (Jinja templates, labels, the paper table) and then
laid-out PDF pages (WeasyPrint, with a fetcher that reads nothing outside the guide)."""
