// Intentionally empty: the driver only defines the executable's entry point (see FuzzDriver.c).
