"""Hand-written behaviour behind the generated routes.

Each operation of the contract (openapi/) has a generated route in ``generated/routers/<tag>.py`` that
calls the function of the same name in ``handlers/<tag>.py``.
"""
