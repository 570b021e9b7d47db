"""Shared pytest settings: keep this file small and generic."""

from __future__ import annotations

import shutil

import pytest

from khabar.pipeline import TextLayer

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):  # pytest-playwright's fixture
    """Drive Debian's chromium (never `playwright install`), headless and offline."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"],
    }


@pytest.fixture(scope="session")
def layer() -> TextLayer:
    """The text layer (stateless once loaded), shared by every test module."""
    return TextLayer()


@pytest.fixture(scope="session")
def rec():  # the entity recogniser, loaded once
    from khabar.entities.component import EntityRecognizer

    return EntityRecognizer()


@pytest.fixture(scope="session")
def finder():  # the quote finder (stateless once loaded), shared by the quote test modules
    from khabar.quotes.component import QuoteFinder

    return QuoteFinder()


@pytest.fixture(scope="session")
def roles():  # the role finder, shared by the quote test modules
    from khabar.roles.component import RoleFinder

    return RoleFinder()
