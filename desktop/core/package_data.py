"""The files newsdesk ships beside its code: ``resources/`` (dictionaries, translations) and
``seeds/`` (the sample page), found through :mod:`importlib.resources`.

Both folders sit at the top of the repository, beside ``desktop/``, and are installed as the
top-level packages ``resources`` and ``seeds`` (see pyproject.toml's ``[tool.setuptools]``
sections). They are regular packages with an ``__init__.py``: as namespace packages, an editable
install adds its path hook to their path, which ``importlib.resources`` on Python 3.11 refuses
("MultiplexedPath only supports directories"). So the same lookup works in a source checkout
(the repository root is on ``sys.path``), an editable install and an installed wheel, where a
path computed from ``__file__`` would point outside site-packages. newsdesk is installed
unzipped (a wheel always is), so every resource is a real file: Qt and ``open`` take its path.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path


def resource_path(package: str, *parts: str) -> Path:
    """The file or folder ``parts`` inside the shipped package ``package`` ("resources" or
    "seeds"). It may not exist (callers that can do without, such as the sample page, check).

    Raises :class:`FileNotFoundError` naming the package when it is not installed at all, and
    :class:`RuntimeError` when it is not on the file system (a zipped install).
    """
    try:
        node = importlib.resources.files(package)
    except ModuleNotFoundError as exc:
        raise FileNotFoundError(f"newsdesk's {package}/ folder is not installed") from exc
    for part in parts:
        node = node.joinpath(part)
    if not isinstance(node, Path):
        raise RuntimeError(f"newsdesk's {package}/{'/'.join(parts)} is not a file on disk")
    return node
