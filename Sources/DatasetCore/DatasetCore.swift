/// CSV reading over libcsv, schema validation, typed records and diagnostics with positions.
enum DatasetCoreModule {}
