"""Domain vocabulary and rules: services, cases, participants, programs, roster. Qt-free."""
