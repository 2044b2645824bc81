"""A journal kept on paper or in a spreadsheet, read into rows the register can take."""
