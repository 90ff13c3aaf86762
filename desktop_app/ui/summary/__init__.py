"""The summary view: counts of the chosen period, a bar beside each, a click shows the events."""
