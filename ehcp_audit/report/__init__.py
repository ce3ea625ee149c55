"""Report formats. Each module renders a list of PlanResults to text; none decides exit codes."""

from __future__ import annotations

from typing import Callable

from ..model import PlanResult

DISCLAIMER = "ehcp-audit points to likely defects and their legal basis; it is not legal advice."
"""One wording for every report format."""

Renderer = Callable[[list[PlanResult]], str]


def renderer(name: str) -> Renderer:
    """The render function for a format name (imported only when used)."""
    if name == "json":
        from .json_report import render
    elif name == "terminal":
        from .terminal import render
    elif name == "html":
        from .html import render
    elif name == "sarif":
        from .sarif import render
    elif name == "junit":
        from .junit import render
    elif name == "github":
        from .github import render
    elif name == "csv":
        from .csv_report import render
    else:
        raise KeyError(name)
    return render


FORMATS = ("terminal", "json", "html", "sarif", "junit", "github", "csv")
