"""The read-only web UI and JSON API over a store (``khabar serve``); see ``app``."""
