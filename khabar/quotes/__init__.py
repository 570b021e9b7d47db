"""Who said what: quotes with their speakers (issue "Who said what").

The pipeline component is ``khabar.quotes.component:QuoteFinder``.
"""
