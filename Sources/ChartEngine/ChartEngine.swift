/// A chart engine over Cairo and Pango that knows nothing about any particular dataset.
enum ChartEngineModule {}
