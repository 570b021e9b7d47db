"""Loading articles into the store (``khabar ingest``).

``sources`` reads files and directories (formats and rules in its docstring); ``runner``
extracts in worker processes and writes in the parent, one transaction per article.

What ``khabar ingest ../shared/data/news`` does: it walks the folder in name order,
skips hidden files and documentation (README*, SOURCES.txt, *.md), and reads
- covid2020-5papers: each daily .txt file split into stories at 2+ blank lines (as
  ``khabar.corpora`` does), paper and date from the file name;
- bbc-hindi-test: the CSV's rows (header ``0,1``: the longer column is the text); the
  one empty row is reported;
- fire2018-events: Hindi_Train and Hindi_Test XML, also the files without an .xml
  ending (recognised by content);
- l3cube-headlines: each CSV row's ``text`` (a headline) as a short article.
Every article of ``khabar.corpora.iter_articles`` is stored, under the same id, so
gold files and the store agree; identical texts (the corpora repeat some) are stored
once and counted as duplicates. Running it again adds nothing.
"""
