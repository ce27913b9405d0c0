# Only for `scrapyd-deploy`, which builds an egg with `python setup.py bdist_egg` (and would write a
# setup.py of its own, named "project", if there were none). Everything is declared in pyproject.toml.
from setuptools import setup

setup()
