"""People, organisations and places: NER model, gazetteers, in-article resolution.

- ``component.EntityRecognizer``: the pipeline component (``entities``);
- ``recognize``: sentence-level recognition, the CRF's spans combined with
  gazetteers and rules (titles, organisation heads, leaders, facilities);
- ``resolve``: grouping of mentions into entities (no merging of different people
  whose names overlap);
- ``model`` / ``features`` / ``lexicon``: the shipped python-crfsuite model
  (resources/entities/ner.crfsuite) and its features; ``train``: ``khabar train ner``;
- ``lookup``: the entity behind a span, for components that run later;
- ``titles``: the title and honorific list (resources/entities/titles.tsv), shared
  with the roles component;
- ``latin``: Latin spelling of names through ``khabar.translit``.

Language data lives in khabar/resources/entities/ (see each file's header).
"""
