"""ehcp-audit: audit English EHC plans for legal defects, section by section, with citations."""

__version__ = "0.1.0"
