"""Presentation: the analysis as a document, rendered as text, Markdown, HTML and figures."""
