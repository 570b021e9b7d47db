"""khabar on Apache Spark: see ``khabar.spark.job``."""
