"""Run fastapi-codegen's CLI with its built-in formatter instead of black + isort.

    python codegen/fastapi_codegen.py <the usual fastapi-codegen arguments>

fastapi-codegen 0.8.1 formats every rendered template with black and isort (no option to change it):
that is half of its run time, isort's section of `handlers`/`generated` depends on which directories
exist in the working directory, and ruff formats the result afterwards anyway. Everything else is
the stock command line, including `--template-dir` and `--custom-visitor`.
"""

import sys
from functools import cache
from pathlib import Path

from datamodel_code_generator.format import CodeFormatter, Formatter, PythonVersion
from fastapi_code_generator import cli  # type: ignore[import-untyped]


@cache
def _builtin_formatter(python_version: PythonVersion, settings_path: Path) -> CodeFormatter:
    return CodeFormatter(python_version, settings_path, formatters=[Formatter.BUILTIN])


if hasattr(cli, "_get_code_formatter"):  # fastapi-code-generator 0.8.x; otherwise keep its default
    cli._get_code_formatter = _builtin_formatter

if __name__ == "__main__":
    raise SystemExit(cli.invoke_main(sys.argv[1:]))
