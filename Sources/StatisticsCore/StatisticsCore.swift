/// Growth, trend, forecast, correlation and reconciliation statistics: pure functions on plain values.
enum StatisticsCoreModule {}
