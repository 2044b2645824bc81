"""Bringing a paper or spreadsheet journal into the register: «Файл → Импорт журнала…»."""
