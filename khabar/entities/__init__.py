"""People, organisations and places: NER model, gazetteers, in-article resolution.

The pipeline component is ``khabar.entities.component:EntityRecognizer``;
``khabar.entities.lookup`` finds the entity behind a span for other components;
``khabar.entities.titles`` loads the title and honorific list (titles.tsv).
"""
