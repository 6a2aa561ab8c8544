"""Polski (Polish). Not yet checked by a native speaker."""

WORDS = {
    "home_title": "Waymark: twoja droga przez wymiar sprawiedliwości",
    "home_intro": [
        "Jasne, proste poradniki o każdym kroku po napaści seksualnej lub gwałcie. "
        "Są dla osób, które myślą o zgłoszeniu na policję albo już z nią rozmawiają.",
        "To ty decydujesz, co czytasz. Czytaj we własnym tempie.",
    ],
    "home_safety": "Jeśli grozi ci teraz niebezpieczeństwo, dzwoń pod 999. Aby "
    "szybko opuścić tę stronę, użyj przycisku Opuść tę stronę na górze.",
    "journey_title": "Twoja droga, krok po kroku",
    "journey_intro": "To są kroki, przez które może przejść sprawa: od pierwszej "
    "myśli o policji aż do czasu po wyroku. Droga każdej osoby jest inna. Możesz "
    "zacząć od kroku, na którym jesteś teraz. Na razie tylko niektóre strony są po "
    "polsku. Pozostałe są po angielsku.",
    "br_title": "Myślisz o zgłoszeniu na policję",
    "br_summary": "Nie musisz decydować teraz. Najpierw możesz dostać wsparcie. "
    "Możesz dać sobie czas.",
    "br_not_your_fault": "Stało ci się coś, co nie było w porządku. To nie była twoja "
    "wina. Twoja praca, przeszłość ani wybory tego nie zmieniają.",
    "br_thinking": "Może myślisz o tym, żeby powiedzieć policji. Niektórzy robią to od "
    "razu. Niektórzy czekają długo. Niektórzy nigdy tego nie robią. Każda z tych dróg "
    "jest w porządku.",
    "br_choices_intro": "Masz wybór. Możesz:",
    "br_choices": [
        "Najpierw porozmawiać prywatnie z doradcą wsparcia.",
        "Samodzielnie powiedzieć policji.",
        "Powiedzieć policji bez podawania imienia i nazwiska.",
        "Poprosić kogoś innego, żeby przekazał, co się stało.",
    ],
    "br_ugly_mugs": "Niektóre grupy, na przykład Ugly Mugs, przyjmują zgłoszenia od "
    "osób pracujących seksualnie. Przekazują je policji tylko wtedy, gdy się zgodzisz.",
    "advocate_role": "Twój doradca wsparcia (advocate)",
    "advocate_does": "Twój doradca jest po twojej stronie. Nie jest z policji i nie "
    "jest prawnikiem. Może wyjaśniać, dopytywać o wieści i chodzić z tobą.",
    "work_q": "Czy będę mieć kłopoty przez moją pracę?",
    "work_a": [
        "Sprzedawanie seksu nie jest przestępstwem w Anglii i Walii. Ale niektóre"
        " rzeczy z tym związane są. Dwie z nich to szukanie klientów na ulicy "
        "oraz prowadzenie domu publicznego albo pomoc w jego prowadzeniu. Dla "
        "prawa mieszkanie, w którym dwie lub więcej osób sprzedaje seks, może być"
        " domem publicznym.",
        "Mówisz policji o przestępstwie popełnionym wobec ciebie. To właśnie powinni "
        "badać. Ale mogą też pytać o twoją pracę. Jeśli podejrzewają cię o złamanie "
        "prawa, muszą ci to powiedzieć, zanim zaczną o to pytać. Wtedy możesz dostać "
        "bezpłatną poradę od prawnika.",
        "Martwisz się o wizę albo prawo pobytu w Wielkiej Brytanii? Najpierw "
        "porozmawiaj z doradcą. Policja może przekazać to, co jej powiesz, do Home "
        "Office (brytyjskiego MSW). Żadna zasada tego nie zabrania. Twój doradca albo "
        "organizacja pomagająca migrantom może ci doradzić, zanim pójdziesz.",
    ],
    "change_q": "A co, jeśli później zmienię zdanie?",
    "change_a": "To w porządku. Możesz przerwać w każdej chwili. Możesz też wrócić "
    "później.",
    "ct_title": "Zacieraj ślady",
    "ct_summary": "Jak zachować w tajemnicy wizytę na tej stronie. Co przycisk Opuść "
    "może zrobić, a czego nie.",
    "ct_exit": "Przycisk Opuść tę stronę od razu przenosi cię na stronę z pogodą. "
    "Możesz też trzy razy nacisnąć Shift albo nacisnąć Escape.",
    "ct_exit_limit": "Przycisk Opuść nie usunie tego, co twój telefon lub komputer już "
    "zapisał. Przeglądarka zapisuje listę odwiedzanych stron. To się nazywa historia.",
    "ct_private_h": "Używaj okna prywatnego",
    "ct_private": "Okno prywatne nie zapisuje historii po zamknięciu. W większości "
    "przeglądarek znajdziesz je w menu. Może się nazywać Prywatne albo Incognito.",
    "ct_clear_h": "Wyczyść historię",
    "ct_clear_intro": "Jeśli nie używasz okna prywatnego:",
    "ct_clear_steps": [
        "Otwórz menu przeglądarki.",
        "Znajdź Historię albo Prywatność.",
        "Usuń strony z tej witryny albo wyczyść całą historię.",
    ],
    "ct_empty": "Jeśli ktoś sprawdza twój telefon, pusta historia może wzbudzić "
    "podejrzenia. Bezpieczniej może być usunąć tylko strony z tej witryny.",
    "ct_sync_h": "Twoja historia na innych urządzeniach",
    "ct_sync": "Czy przeglądarka jest zalogowana na konto, na przykład Google, Apple, "
    "Microsoft albo Firefox? Wtedy może kopiować historię na twoje inne telefony, "
    "tablety i komputery. To się nazywa synchronizacja (sync). Ktoś, kto używa "
    "jednego z nich, może zobaczyć tę stronę w historii.",
    "ct_sync_intro": "Jak to sprawdzić:",
    "ct_sync_steps": [
        "Otwórz ustawienia przeglądarki.",
        "Szukaj swojego imienia albo Synchronizacji lub Kont.",
        "Sprawdź, czy historia jest tam włączona.",
        "Wyłącz historię albo usuń strony z tej witryny.",
    ],
    "ct_sync_note": "Gdy usuniesz strony na jednym urządzeniu, synchronizacja może "
    "usunąć je też na innych. Okno prywatne nigdy nie jest synchronizowane.",
    "ct_other_h": "Inne rzeczy do przemyślenia",
    "ct_other": [
        "Ta strona nie używa plików cookie i cię nie śledzi.",
        "Telefon może pokazywać ostatnie aplikacje lub karty. Zamknij tę kartę.",
        "Ktoś może zobaczyć SMS-y lub połączenia od służb. Powiedz doradcy, jak "
        "najbezpieczniej się z tobą kontaktować.",
        "Jeśli ktoś może sprawdzać twój telefon, użyj telefonu lub komputera, któremu "
        "ufasz.",
    ],
    "danger": "Jeśli grozi ci teraz niebezpieczeństwo, dzwoń pod 999.",
    "stop_title": "Jeśli chcesz przerwać",
    "stop_summary": (
        "Możesz się wycofać w każdej chwili. Możesz zachować wsparcie i często "
        "możesz wrócić."
    ),
    "stop_hard": (
        "Udział w sprawie jest trudny. Wiele osób myśli o tym, żeby przerwać. To "
        "w porządku i nikt cię nie oceni."
    ),
    "stop_choices_intro": "Masz wybór:",
    "stop_choices": [
        "Zrobić przerwę i o tym porozmawiać.",
        "Poprosić o więcej wsparcia, na przykład o środki specjalne.",
        "Powiedzieć policji, że nie popierasz już sprawy.",
        "Zachować wsparcie doradcy, ze sprawą lub bez niej.",
    ],
    "stop_cps": (
        "Jeśli się wycofasz, o sprawie decyduje policja albo CPS (prokuratura w "
        "Anglii i Walii). Zwykle sprawa się kończy. Ale CPS może prowadzić ją "
        "dalej bez ciebie. W rzadkich przypadkach prosi sąd, żeby nakazał ci "
        "przyjść jako świadek. Twój doradca może to sprawdzić i ci powiedzieć."
    ),
    "stop_come_back": "Możesz wrócić później. Porozmawiaj z doradcą.",
    "help_title": "Uzyskaj pomoc teraz",
    "help_intro": (
        "Możesz z kimś porozmawiać o każdej porze, w dzień i w nocy. Nie "
        "potrzebujesz doradcy, żeby zadzwonić. Połączenia są bezpłatne."
    ),
    "gc_title": "Sprawa w sądzie",
    "gc_summary": (
        "Ta osoba usłyszała zarzuty. W sądzie będzie kilka krótkich posiedzeń, "
        "żeby przygotować proces."
    ),
    "gc_courts": (
        "Każda sprawa zaczyna się w sądzie niższej instancji (magistrates' "
        "court). Poważne sprawy, takie jak gwałt, trafiają potem do Crown Court."
    ),
    "gc_ptph": (
        "W Crown Court jest posiedzenie zwane PTPH. Osoba oskarżona mówi tam, "
        "czy przyznaje się do winy, czy nie."
    ),
    "gc_plea_intro": "To, co powie, zmienia dalszy ciąg:",
    "gc_plea": [
        (
            "Jeśli przyzna się do winy, nie ma procesu. Sprawa przechodzi do "
            "ustalenia kary."
        ),
        (
            "Jeśli się nie przyzna, sąd wyznacza datę procesu. Niektóre procesy "
            "trafiają na listę oczekujących (warned list). Wtedy proces ma się "
            "zacząć w ciągu kilku dni, a nie w jeden ustalony dzień."
        ),
    ],
    "gc_other": (
        "Mogą być też inne krótkie posiedzenia. Na jednym sąd może ustalić "
        "zasady zadawania ci pytań. W niektórych sprawach twoje przesłuchanie "
        "można nagrać przed procesem. Nazywa się to s.28."
    ),
    "gc_how_long": (
        "PTPH jest zwykle około 28 dni po przekazaniu sprawy do Crown Court. "
        "Proces może być wiele miesięcy później."
    ),
    "gc_right_8": (
        "Zespół opieki nad świadkami (WCU) musi podać ci daty posiedzeń. Musi "
        "też powiedzieć, co masz zrobić."
    ),
    "gc_right_9": (
        "Musisz się dowiedzieć, co powiedziała ta osoba: czy przyznała się do "
        "winy, czy nie."
    ),
    "gc_ask": [
        (
            "Specjalne środki, np. parawan albo połączenie wideo. CPS musi na czas "
            "poprosić o nie sąd. Decyduje sąd."
        ),
        "Spotkanie z prawnikiem CPS w sprawie specjalnych środków.",
        "Wizytę w sądzie przed procesem.",
        "Osobne wejście i osobne miejsce do czekania.",
        "Tłumacza i przerwy.",
    ],
    "gc_ask_early": (
        "Prośbę o specjalne środki trzeba złożyć w terminie. Powiedz doradcy, "
        "czego chcesz, jak najwcześniej."
    ),
    "gc_advocate": (
        "Twój doradca może napisać do policji i CPS, czego chcesz w sądzie, "
        "twoimi słowami. Może sprawdzić, czy o to poproszono. Może ci "
        "powiedzieć, co postanowił sąd."
    ),
    "gc_go_q": "Czy muszę chodzić na te posiedzenia?",
    "gc_go_a": (
        "Zapytaj zespół opieki nad świadkami albo swojego doradcę. Powiedzą ci, "
        "czy musisz tam być."
    ),
    "gc_scared_q": "A jeśli boję się zobaczyć tę osobę?",
    "gc_scared_a": (
        "Powiedz o tym doradcy. Mogą pomóc parawan, połączenie wideo i osobne "
        "miejsce do czekania."
    ),
    "wcu_role": "Zespół opieki nad świadkami (WCU)",
    "wcu_does": (
        "Zespół prowadzony przez policję, często razem z CPS. Gdy ktoś usłyszy "
        "zarzuty, to oni są twoim głównym kontaktem w sprawie sądu. Podają ci "
        "datę każdego posiedzenia. Mówią też, co się na nim stało."
    ),
    "cps_role": "CPS",
    "cps_does": (
        "Crown Prosecution Service, czyli prokuratura w Anglii i Walii. To "
        "prawnicy, którzy decydują, czy postawić zarzut. Jeśli tak, prowadzą "
        "sprawę w sądzie."
    ),
    "ws_role": "Służba pomocy świadkom (Witness Service)",
    "ws_does": (
        "Życzliwi pomocnicy w sądzie. Mogą oprowadzić cię po sądzie przed "
        "procesem. W dniu procesu mogą z tobą posiedzieć."
    ),
    "tr_title": "Proces",
    "tr_summary": (
        "Sąd wysłuchuje dowodów. Możesz składać zeznania jako świadek. Potem "
        "decyduje ława przysięgłych."
    ),
    "tr_steps_intro": "Większość procesów wygląda tak:",
    "tr_steps": [
        "Oskarżyciel opowiada ławie przysięgłych o sprawie.",
        "Świadkowie składają zeznania. Możesz zeznawać jako jedna z pierwszych osób.",
        "Sędzia może przerwać sprawę, jeśli dowodów jest za mało.",
        "Osoba oskarżona może przedstawić swoją wersję.",
        "Ława przysięgłych wychodzi, żeby podjąć decyzję.",
    ],
    "tr_sides": (
        "Oskarżenie to strona, która wnosi sprawę. Obrona to strona osoby oskarżonej."
    ),
    "tr_evidence": (
        "Kiedy zeznajesz, najpierw pytania zadaje ci oskarżyciel. To twoje "
        "główne zeznanie (evidence in chief). Można do tego użyć nagrania "
        "twojego przesłuchania. Potem pytania zadaje ci obrońca. To się nazywa "
        "przesłuchanie krzyżowe (cross-examination)."
    ),
    "tr_limits": (
        "Prawo ogranicza pytania o twoje życie seksualne albo twoją pracę. "
        "Obrona musi najpierw zapytać sędziego. Sędzia może się nie zgodzić."
    ),
    "tr_how_long": (
        "Proces może trwać kilka dni albo kilka tygodni. Zwykle musisz tam być "
        "tylko wtedy, gdy zeznajesz."
    ),
    "tr_dates": (
        "Daty procesów często się zmieniają. Mniej więcej połowa ofiar z "
        "wyznaczoną datą procesu miała ją zmienioną. To nie twoja wina. "
        "Przeczytaj {link}."
    ),
    "tr_dates_link": "co zrobić, gdy data procesu się zmieni (po angielsku)",
    "tr_right_8": (
        "Musisz dostać informacje o procesie. Musisz też wiedzieć, co masz "
        "zrobić jako świadek."
    ),
    "tr_right_10": (
        "Możesz ubiegać się o zwrot kosztów związanych z sądem, np. dojazdu."
    ),
    "tr_ask": [
        "Specjalne środki, np. parawan albo połączenie wideo. Decyduje sąd.",
        "Osobę wspierającą przy tobie w pokoju połączeń wideo.",
        "Przeczytanie jeszcze raz twoich zeznań z policji, zanim zaczniesz zeznawać.",
        "Przerwy, kiedy ich potrzebujesz.",
    ],
    "tr_advocate": (
        "Twój doradca może pomóc ci się przygotować. Może sprawdzić, czy twoje "
        "specjalne środki są gotowe. Może być z tobą w tym dniu, jeśli sąd się "
        "zgodzi."
    ),
    "tr_name_q": "Czy ludzie poznają moje nazwisko?",
    "tr_name_a": [
        (
            "Ludzie w sądzie usłyszą twoje imię i nazwisko. To znaczy sędzia, ława "
            "przysięgłych, prawnicy i każdy, kto przyjdzie popatrzeć."
        ),
        (
            "Ale poza sądem chroni cię prawo. Nikt nie może drukować, publikować w "
            "internecie ani nadawać twojego nazwiska, zdjęcia ani niczego, co "
            "mogłoby pokazać, kim jesteś. Ta ochrona trwa całe życie, bez względu na "
            "werdykt. Tylko ty możesz z niej zrezygnować, na piśmie."
        ),
    ],
    "tr_watch_q": "Czy mogę oglądać proces po swoim zeznaniu?",
    "tr_watch_a": (
        "Często tak. Możesz usiąść na galerii dla publiczności. To część sali "
        "dla ludzi, którzy przychodzą popatrzeć. Najpierw zapytaj doradcę. Może "
        "to dla ciebie sprawdzić."
    ),
    "judge_role": "Sędzia",
    "judge_does": (
        "Sędzia prowadzi rozprawę. Dba o to, żeby wszystko było uczciwe. "
        "Decyduje też o karze."
    ),
    "jury_role": "Ława przysięgłych",
    "jury_does": (
        "Dwanaście zwykłych osób. Słuchają wszystkiego. Potem decydują, czy "
        "osoba jest winna, czy nie."
    ),
    "prosecutor_role": "Oskarżyciel (prosecutor)",
    "prosecutor_does": (
        "Prawnik, który prowadzi sprawę w imieniu CPS. Ta strona to oskarżenie. "
        "Zadaje ci pytania jako pierwszy."
    ),
    "defence_role": "Obrońca",
    "defence_does": (
        "Prawnik osoby oskarżonej. Ta strona to obrona. Obrońca też będzie "
        "zadawać ci pytania. Sędzia musi przerwać pytania, które są nieuczciwe."
    ),
    "ch_title": "Decyzja o zarzutach",
    "ch_summary": (
        "Prawnicy z CPS sprawdzają dowody. Decydują, czy tej osobie postawić "
        "zarzut przestępstwa."
    ),
    "ch_who_decides": (
        "W sprawach takich jak twoja decyzję zwykle podejmuje CPS. Stosuje test "
        "z dwóch części. Nazywa się on Full Code Test."
    ),
    "ch_test_intro": "Test ma dwa kroki:",
    "ch_test": [
        "Najpierw pytają: czy jest dość dowodów, żeby iść do sądu?",
        "Potem pytają: czy słusznie jest wnieść tę sprawę do sądu?",
    ],
    "ch_outcomes_intro": "Potem dzieje się jedna z tych rzeczy:",
    "ch_outcomes": [
        "Ta osoba dostaje zarzut. Sprawa idzie do sądu.",
        "Brak dalszych działań (NFA). Na razie nie ma zarzutu.",
        "Łagodniejszy krok, bez sądu.",
        "Policja dostaje prośbę, żeby najpierw zebrać więcej dowodów.",
    ],
    "ch_how_long": (
        "To może trwać tygodnie albo miesiące. CPS może odesłać akta do dalszej "
        "pracy. To może wydłużyć czas."
    ),
    "ch_right_6": (
        "Musisz bez zwłoki poznać decyzję i jej powód. Jeśli nie ma zarzutu, "
        "musisz się dowiedzieć, jak poprosić o ponowne rozpatrzenie."
    ),
    "ch_ask": [
        "Poznać decyzję od kogoś, komu ufasz, np. od doradcy.",
        "Usłyszeć powody prostymi słowami.",
        "Poprosić o ponowne rozpatrzenie, jeśli nie ma zarzutu.",
    ],
    "advocate_chases": (
        "Twój doradca może dopytywać policję albo CPS o wieści. Za twoją zgodą "
        "może zdobywać dla ciebie informacje. Może też pomóc ci złożyć skargę."
    ),
    "ch_review": (
        "Jeśli nie ma zarzutu, może pomóc ci poprosić o ponowne rozpatrzenie. "
        "Zna terminy."
    ),
    "ch_believe_q": "Czy brak zarzutu znaczy, że mi nie uwierzyli?",
    "ch_believe_a": (
        "Nie. Znaczy to, że według nich test nie został spełniony. Możesz "
        "poprosić o ponowne rozpatrzenie."
    ),
    "oic_role": "Policjant prowadzący sprawę (OIC)",
    "oic_does": (
        "To policjant odpowiedzialny za twoją sprawę. Powinien informować cię na "
        "bieżąco, aż sprawa trafi do sądu."
    ),
}
