"""Who turns to the service in the year, and about what: the requests, as they were received.

Last December's class circle (found in a notebook and entered now), then the autumn: a
broken pair of glasses in 7Б, a class of 24 that cannot stop quarrelling, bullying in a chat
that ends in a refusal, a question about a mark that is not the service's, and an offence the
police pass on that belongs to a territorial service.
"""

from __future__ import annotations

from tests.helpers.school_year.year import Person, RequestSpec, Y, day

PUPIL = "сторона конфликта"
OFFENDER = "обидчик"
VICTIM = "пострадавший"
PARENT = "родитель или законный представитель"
TEACHER = "педагог"
CLASSMATE = "другой участник"

# Last December: a preventive circle in 6А before the winter holidays. It ended on 25
# December of last year and must not count in this year's file, though entered this year.
LAST_DECEMBER = RequestSpec(
    received=day(12, 15, Y - 1),
    source="специалист",
    category="проблемная ситуация",
    description="Перед каникулами в 6А участились ссоры; психолог просит профилактический круг.",
    people=(
        Person("Белов Артём", CLASSMATE, True, "6А", 12),
        Person("Чернова Вера", CLASSMATE, True, "6А", 12),
        Person("Гусева Нина Павловна", TEACHER, False),
    ),
    referrer="педагог-психолог школы",
)

# September: the glasses. The boy's mother is on the request; the other boy's mother is
# learned about only when the joint meeting is near.
ORLOV = Person("Орлов Никита", OFFENDER, True, "7Б", 13)
LEBEDEV = Person("Лебедев Кирилл", VICTIM, True, "7Б", 13)
ORLOVA = Person("Орлова Татьяна Сергеевна", PARENT, False)
LEBEDEVA = Person("Лебедева Елена Викторовна", PARENT, False)
GLASSES = RequestSpec(
    received=day(9, 8),
    source="педагог",
    category="конфликт между участниками",
    description="На перемене Никита толкнул Кирилла, разбились очки; ссора продолжается в чате.",
    people=(ORLOV, LEBEDEV),  # the mother is added by «Изменить…» before the decision
    referrer="классный руководитель 7Б",
)

# October: a class of 24 in 5В; four pupils and the class teacher speak for it in a circle.
CLASS_5V = (
    Person("Зайцева Полина", CLASSMATE, True, "5В", 11),
    Person("Комаров Илья", CLASSMATE, True, "5В", 11),
    Person("Мельникова София", CLASSMATE, True, "5В", 11),
    Person("Фролов Матвей", CLASSMATE, True, "5В", 11),
    Person("Никитина Ольга Андреевна", TEACHER, False),
)
CLASS_CIRCLE = RequestSpec(
    received=day(10, 1),
    source="администрация",
    category="проблемная ситуация",
    description="В 5В (24 ученика) постоянные ссоры и обиды, класс разделился на группы.",
    people=CLASS_5V,
    referrer="заместитель директора по воспитательной работе",
)

# Bullying in 8В: the boy's side refuses at his preliminary meeting.
KUZNETSOVA = Person("Кузнецова Алина", VICTIM, True, "8В", 14)
MOROZOV = Person("Морозов Денис", OFFENDER, True, "8В", 14)
CHAT = RequestSpec(
    received=day(9, 29),
    source="родитель",
    category="травля",
    description="В чате 8В Алину высмеивают и пересылают её фотографии.",
    people=(
        KUZNETSOVA,
        MOROZOV,
        Person("Кузнецова Ирина Олеговна", PARENT, False),
        Person("Морозова Светлана Игоревна", PARENT, False),
    ),
)

# Not the service's: a mark in physics (declined), and damage the police pass on (transferred).
MARK = RequestSpec(
    received=day(10, 5),
    source="обучающийся",
    category="другая ситуация",
    description="Просит разобраться с оценкой за контрольную по физике.",
    people=(Person("Смирнов Егор", PUPIL, True, "10А", 16),),
)
DAMAGE = RequestSpec(
    received=day(10, 13),
    source="ПДН",
    category="административное правонарушение",
    description="Подросток разбил окно в спортзале; ПДН предлагает примирительную программу.",
    people=(Person("Волков Тимур", OFFENDER, True, "9Б", 14),),
    referrer="ПДН ОМВД по г. Прокопьевску",
)
TERRITORIAL = "Территориальная служба примирения г. Прокопьевска"
