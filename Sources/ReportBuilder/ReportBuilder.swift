/// Maps statistics to chart specs, report pages and output files.
enum ReportBuilderModule {}
