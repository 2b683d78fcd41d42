"""The LA admin's pre-proceedings screens: the census return (readiness and XML) and the outcome codes."""
