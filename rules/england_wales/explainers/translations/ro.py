"""Română (Romanian). Not yet checked by a native speaker."""

WORDS = {
    "home_title": "Waymark: drumul tău prin sistemul de justiție",
    "home_intro": [
        "Ghiduri clare și simple pentru fiecare pas după o agresiune sexuală sau un "
        "viol. Sunt pentru tine dacă te gândești să mergi la poliție sau dacă "
        "vorbești deja cu ei.",
        "Tu alegi ce citești. Mergi în ritmul tău.",
    ],
    "home_safety": "Dacă ești în pericol acum, sună la 999. Ca să ieși repede de pe "
    "acest site, apasă butonul Ieși de pe pagină, sus.",
    "journey_title": "Drumul tău, pas cu pas",
    "journey_intro": "Aceștia sunt pașii prin care poate trece un caz, de la primul "
    "gând despre poliție până după sentință. Drumul fiecăruia este diferit. Poți "
    "începe cu pasul la care ești acum. Deocamdată doar unele pagini sunt în română. "
    "Celelalte sunt în engleză.",
    "br_title": "Te gândești să spui poliției",
    "br_summary": "Nu trebuie să hotărăști acum. Poți primi sprijin mai întâi și îți "
    "poți lua timp.",
    "br_not_your_fault": "Ți s-a întâmplat ceva ce nu a fost în regulă. Nu a fost "
    "vina ta. Munca ta, trecutul tău sau alegerile tale nu schimbă asta.",
    "br_thinking": "Poate te gândești să spui poliției. Unii oameni o fac imediat. "
    "Unii așteaptă mult timp. Unii nu o fac niciodată. Toate acestea sunt în regulă.",
    "br_choices_intro": "Ai de ales. Ai putea:",
    "br_choices": [
        "Să vorbești mai întâi cu un consilier de sprijin, în privat.",
        "Să spui tu poliției.",
        "Să spui poliției fără să-ți dai numele.",
        "Să rogi pe altcineva să spună ce s-a întâmplat.",
    ],
    "br_ugly_mugs": "Unele grupuri, cum ar fi Ugly Mugs, primesc sesizări de la "
    "persoanele care lucrează în industria sexului. Ele dau sesizarea ta poliției doar "
    "dacă spui da.",
    "advocate_role": "Consilierul tău de sprijin (advocate)",
    "advocate_does": "Consilierul tău de sprijin este de partea ta. Nu lucrează pentru "
    "poliție și nu este avocat. Îți poate explica lucrurile, poate cere vești pentru "
    "tine și poate veni cu tine.",
    "work_q": "Voi avea probleme din cauza muncii mele?",
    "work_a": [
        "Să vinzi sex nu este o infracțiune în Anglia și Țara Galilor. Dar unele "
        "lucruri legate de asta sunt. Două dintre ele sunt să cauți clienți pe "
        "stradă și să conduci un bordel sau să ajuți la conducerea lui. Pentru "
        "lege, un apartament în care două sau mai multe persoane vând sex poate "
        "fi un bordel.",
        "Tu spui poliției despre o infracțiune făcută împotriva ta. Asta ar trebui să "
        "cerceteze ei. Dar te pot întreba și despre munca ta. Dacă ei cred că ai "
        "încălcat legea, trebuie să-ți spună asta înainte să te întrebe. Apoi poți "
        "primi sfaturi gratuite de la un avocat.",
        "Îți faci griji pentru viză sau pentru dreptul tău de a rămâne în Regatul "
        "Unit? Vorbește mai întâi cu consilierul tău de sprijin. Poliția poate da ce "
        "le spui către Home Office (Ministerul de Interne). Nicio regulă nu îi "
        "oprește. Consilierul tău sau un serviciu care ajută migranții te poate "
        "sfătui înainte să mergi.",
    ],
    "change_q": "Și dacă mă răzgândesc mai târziu?",
    "change_a": "Este în regulă. Te poți opri oricând. Poți și să revii mai târziu.",
    "ct_title": "Ascunde-ți urmele",
    "ct_summary": "Cum să păstrezi privată vizita ta pe acest site. Ce poate face "
    "butonul Ieși și ce nu poate face.",
    "ct_exit": "Butonul Ieși de pe pagină te duce imediat pe o pagină despre vreme. "
    "Poți și să apeși de trei ori Shift sau să apeși Escape.",
    "ct_exit_limit": "Butonul Ieși nu poate șterge ce a salvat deja telefonul sau "
    "calculatorul tău. Browserul tău păstrează o listă cu paginile pe care le "
    "vizitezi. Aceasta se numește istoric.",
    "ct_private_h": "Folosește o fereastră privată",
    "ct_private": "O fereastră privată nu păstrează istoricul după ce o închizi. În "
    "cele mai multe browsere o găsești în meniu. Se poate numi Privat sau Incognito.",
    "ct_clear_h": "Șterge-ți istoricul",
    "ct_clear_intro": "Dacă nu ai folosit o fereastră privată:",
    "ct_clear_steps": [
        "Deschide meniul browserului.",
        "Caută Istoric sau Confidențialitate.",
        "Șterge paginile acestui site sau șterge tot istoricul.",
    ],
    "ct_empty": "Dacă cineva îți verifică telefonul, un istoric gol îl poate "
    "îngrijora. Poate fi mai sigur să ștergi doar paginile acestui site.",
    "ct_sync_h": "Istoricul tău pe alte dispozitive",
    "ct_sync": "Browserul tău este conectat la un cont, cum ar fi Google, Apple, "
    "Microsoft sau Firefox? Atunci îți poate copia istoricul pe celelalte telefoane, "
    "tablete și calculatoare. Asta se numește sincronizare (sync). Cineva care "
    "folosește unul dintre ele poate vedea acest site în istoric.",
    "ct_sync_intro": "Ca să verifici:",
    "ct_sync_steps": [
        "Deschide setările browserului.",
        "Caută numele tău, sau Sincronizare sau Conturi.",
        "Vezi dacă istoricul este pornit acolo.",
        "Oprește istoricul sau șterge paginile acestui site.",
    ],
    "ct_sync_note": "Dacă ștergi pagini pe un dispozitiv, sincronizarea le poate "
    "șterge și pe celelalte. O fereastră privată nu este sincronizată niciodată.",
    "ct_other_h": "Alte lucruri la care să te gândești",
    "ct_other": [
        "Acest site nu folosește cookie-uri și nu te urmărește.",
        "Telefonul tău poate arăta aplicații sau file recente. Închide această filă.",
        "Cineva poate vedea mesaje sau apeluri de la servicii. Spune-i consilierului "
        "tău cel mai sigur mod de a te contacta.",
        "Dacă cineva îți poate urmări telefonul, folosește un telefon sau un "
        "calculator în care ai încredere.",
    ],
    "danger": "Dacă ești în pericol acum, sună la 999.",
    "stop_title": "Dacă vrei să te oprești",
    "stop_summary": (
        "Te poți retrage oricând. Îți poți păstra sprijinul și de multe ori poți "
        "reveni."
    ),
    "stop_hard": (
        "Să treci printr-un caz este greu. Mulți oameni se gândesc să se "
        "oprească. Este în regulă și nimeni nu te va judeca."
    ),
    "stop_choices_intro": "Ai de ales:",
    "stop_choices": [
        "Să iei o pauză și să vorbești despre asta.",
        "Să ceri mai mult sprijin, cum ar fi măsuri speciale.",
        "Să spui poliției că nu mai susții cazul.",
        "Să păstrezi sprijinul consilierului tău, cu sau fără caz.",
    ],
    "stop_cps": (
        "Dacă te retragi, poliția sau CPS (procuratura din Anglia și Țara "
        "Galilor) decide ce se întâmplă cu cazul. De cele mai multe ori, cazul se"
        " oprește. Dar CPS poate merge mai departe fără tine. Rar, poate cere "
        "unei instanțe să te oblige să vii ca martor. Consilierul tău poate afla "
        "și îți poate spune."
    ),
    "stop_come_back": "Poți reveni mai târziu. Vorbește cu consilierul tău.",
    "help_title": "Cere ajutor acum",
    "help_intro": (
        "Poți vorbi cu cineva oricând, zi și noapte. Nu ai nevoie de un "
        "consilier de sprijin ca să suni. Apelurile sunt gratuite."
    ),
    "gc_title": "Cazul ajunge la tribunal",
    "gc_summary": (
        "Persoana a fost pusă sub acuzare. Vor fi câteva ședințe scurte la "
        "tribunal, ca să se pregătească procesul."
    ),
    "gc_courts": (
        "Orice caz începe la o instanță mică, numită magistrates' court. "
        "Cazurile grave, cum e violul, sunt trimise apoi la Crown Court."
    ),
    "gc_ptph": (
        "La Crown Court are loc o ședință numită PTPH. Acolo, persoana acuzată "
        "spune dacă se declară vinovată sau nevinovată."
    ),
    "gc_plea_intro": "Ce spune schimbă ce urmează:",
    "gc_plea": [
        (
            "Dacă spune că e vinovată, nu mai are loc un proces. Cazul trece la "
            "stabilirea pedepsei."
        ),
        (
            "Dacă spune că nu e vinovată, instanța stabilește data procesului. Unele "
            "procese sunt puse pe o listă de așteptare (warned list). Asta înseamnă "
            "un interval de câteva zile, nu o zi fixă."
        ),
    ],
    "gc_other": (
        "Pot fi și alte ședințe scurte. La una se pot stabili reguli despre cum "
        "ți se vor pune întrebările. În unele cazuri, întrebările și "
        "răspunsurile tale pot fi filmate înainte de proces. Asta se numește "
        "s.28."
    ),
    "gc_how_long": (
        "PTPH are loc de obicei la circa 28 de zile după ce cazul e trimis la "
        "Crown Court. Procesul poate fi la multe luni după aceea."
    ),
    "gc_right_8": (
        "Unitatea de îngrijire a martorilor (WCU) trebuie să-ți spună datele "
        "ședințelor și ce trebuie să faci."
    ),
    "gc_right_9": (
        "Trebuie să ți se spună ce a declarat persoana: vinovată sau nevinovată."
    ),
    "gc_ask": [
        (
            "Măsuri speciale, cum ar fi un paravan sau o legătură video. CPS trebuie "
            "să le ceară instanței la timp. Instanța decide."
        ),
        "O întâlnire cu juristul CPS despre măsurile speciale.",
        "O vizită la tribunal înainte de proces.",
        "O intrare separată și un loc separat unde să aștepți.",
        "Un interpret și pauze.",
    ],
    "gc_ask_early": (
        "Există termene pentru a cere măsuri speciale. Spune-i consilierului tău "
        "ce vrei cât mai devreme."
    ),
    "gc_advocate": (
        "Consilierul tău poate scrie poliției și CPS ce vrei la tribunal, cu "
        "cuvintele tale. Poate verifica dacă s-a făcut cererea. Îți poate spune "
        "ce a hotărât instanța."
    ),
    "gc_go_q": "Trebuie să merg la aceste ședințe?",
    "gc_go_a": (
        "Întreabă unitatea de îngrijire a martorilor sau consilierul tău. Ei îți "
        "vor spune dacă trebuie să fii acolo."
    ),
    "gc_scared_q": "Ce fac dacă mi-e frică să văd persoana?",
    "gc_scared_a": (
        "Spune-i consilierului tău. Un paravan, o legătură video și un loc "
        "separat de așteptare te pot ajuta."
    ),
    "wcu_role": "Unitatea de îngrijire a martorilor (WCU)",
    "wcu_does": (
        "O echipă condusă de poliție, de multe ori împreună cu CPS. După ce "
        "cineva e pus sub acuzare, ei sunt principalul tău contact despre "
        "tribunal. Îți spun data fiecărei ședințe și ce s-a întâmplat la ea."
    ),
    "cps_role": "CPS",
    "cps_does": (
        "Crown Prosecution Service, procuratura din Anglia și Țara Galilor. Sunt "
        "juriști care decid dacă există o acuzare. Dacă da, ei duc cazul la "
        "tribunal."
    ),
    "ws_role": "Serviciul pentru martori (Witness Service)",
    "ws_does": (
        "Oameni amabili care ajută la tribunal. Îți pot arăta tribunalul înainte "
        "de proces. Pot sta cu tine în ziua procesului."
    ),
    "tr_title": "Procesul",
    "tr_summary": (
        "Instanța ascultă probele. S-ar putea să dai declarație ca martor. Apoi "
        "juriul decide."
    ),
    "tr_steps_intro": "Cele mai multe procese decurg așa:",
    "tr_steps": [
        "Procurorul îi prezintă juriului cazul.",
        "Martorii dau declarații. S-ar putea să fii printre primii.",
        "Judecătorul poate opri cazul dacă nu sunt destule probe.",
        "Persoana acuzată își poate spune versiunea.",
        "Juriul se retrage ca să decidă.",
    ],
    "tr_sides": (
        "Acuzarea este partea care aduce cazul în instanță. Apărarea este partea "
        "persoanei acuzate."
    ),
    "tr_evidence": (
        "Când dai declarație, procurorul îți pune întrebări primul. Aceasta este "
        "declarația ta principală (evidence in chief). Pentru ea se poate folosi "
        "interviul tău filmat. Apoi avocatul apărării îți pune întrebări. Asta "
        "se numește contra-interogatoriu (cross-examination)."
    ),
    "tr_limits": (
        "Legea limitează întrebările despre viața ta sexuală sau despre munca "
        "ta. Apărarea trebuie să ceară mai întâi voie judecătorului. Judecătorul "
        "poate spune nu."
    ),
    "tr_how_long": (
        "Un proces poate dura câteva zile sau câteva săptămâni. De obicei "
        "trebuie să fii acolo doar cât timp dai declarație."
    ),
    "tr_dates": (
        "Datele proceselor se schimbă des. Cam jumătate dintre victimele care "
        "aveau o dată de proces au avut-o schimbată. Nu e vina ta. Citește "
        "{link}."
    ),
    "tr_dates_link": "ce poți face dacă data procesului se schimbă (în engleză)",
    "tr_right_8": "Trebuie să ți se spună despre proces și ce ai de făcut ca martor.",
    "tr_right_10": (
        "Poți cere înapoi costurile drumului la tribunal, cum ar fi transportul."
    ),
    "tr_ask": [
        "Măsuri speciale, cum ar fi un paravan sau o legătură video. Instanța decide.",
        "O persoană de sprijin cu tine în camera pentru legătura video.",
        (
            "Să-ți citești din nou declarația dată la poliție, înainte să dai "
            "declarație în instanță."
        ),
        "Pauze atunci când ai nevoie.",
    ],
    "tr_advocate": (
        "Consilierul tău te poate ajuta să te pregătești. Poate verifica dacă "
        "măsurile tale speciale sunt pregătite. Poate fi cu tine în ziua "
        "procesului, dacă instanța e de acord."
    ),
    "tr_name_q": "Vor afla oamenii numele meu?",
    "tr_name_a": [
        (
            "Oamenii din sala de judecată îți vor auzi numele. Adică judecătorul, "
            "juriul, avocații și oricine vine să urmărească procesul."
        ),
        (
            "Dar legea te protejează în afara tribunalului. Nimeni nu are voie să "
            "publice, să posteze sau să difuzeze numele tău, poza ta sau orice ar "
            "putea arăta cine ești. Asta durează toată viața, oricare ar fi "
            "verdictul. Doar tu poți renunța la această protecție, în scris."
        ),
    ],
    "tr_watch_q": "Pot urmări procesul după ce termin partea mea?",
    "tr_watch_a": (
        "De multe ori, da. Poți sta în zona pentru public. Aceasta e partea "
        "sălii pentru oamenii care vin să privească. Întreabă mai întâi "
        "consilierul tău. El poate afla pentru tine."
    ),
    "judge_role": "Judecătorul",
    "judge_does": (
        "Judecătorul conduce procesul. Are grijă ca lucrurile să fie corecte. "
        "Tot el stabilește pedeapsa."
    ),
    "jury_role": "Juriul",
    "jury_does": (
        "Doisprezece oameni obișnuiți. Ascultă totul, apoi decid dacă persoana e "
        "vinovată sau nevinovată."
    ),
    "prosecutor_role": "Procurorul (prosecutor)",
    "prosecutor_does": (
        "Juristul care susține cazul pentru CPS. Această parte se numește "
        "acuzarea. Îți pune întrebări primul."
    ),
    "defence_role": "Avocatul apărării",
    "defence_does": (
        "Avocatul persoanei acuzate. Această parte se numește apărarea. Și el "
        "îți va pune întrebări. Judecătorul trebuie să oprească întrebările "
        "nedrepte."
    ),
    "ch_title": "Decizia de punere sub acuzare",
    "ch_summary": (
        "Juriștii de la CPS se uită la probe. Ei decid dacă persoana trebuie "
        "pusă sub acuzare pentru o infracțiune."
    ),
    "ch_who_decides": (
        "În cazuri ca al tău, de obicei CPS ia decizia. Folosește un test în "
        "două părți, numit Full Code Test."
    ),
    "ch_test_intro": "Testul are doi pași:",
    "ch_test": [
        "Întâi se întreabă: sunt destule probe ca să se meargă la tribunal?",
        "Apoi se întreabă: e corect ca acest caz să fie dus la tribunal?",
    ],
    "ch_outcomes_intro": "Apoi se întâmplă unul dintre aceste lucruri:",
    "ch_outcomes": [
        "Persoana e pusă sub acuzare. Cazul merge la tribunal.",
        "Nicio altă măsură (NFA). Deocamdată nu există acuzare.",
        "O măsură mai ușoară, care nu ajunge la tribunal.",
        "Poliției i se cere mai întâi să caute mai multe probe.",
    ],
    "ch_how_long": (
        "Asta poate dura săptămâni sau luni. CPS poate trimite dosarul înapoi "
        "pentru mai multă muncă. Asta poate lungi timpul."
    ),
    "ch_right_6": (
        "Trebuie să ți se spună decizia și motivul, fără întârziere. Dacă nu "
        "există acuzare, trebuie să ți se spună cum poți cere o reanalizare."
    ),
    "ch_ask": [
        "Să afli decizia de la cineva în care ai încredere, cum ar fi consilierul tău.",
        "Să ți se explice motivele în cuvinte simple.",
        "Să ceri o reanalizare dacă răspunsul e că nu există acuzare.",
    ],
    "advocate_chases": (
        "Consilierul tău poate cere vești de la poliție sau de la CPS. Dacă ești "
        "de acord, poate primi vești pentru tine. Te poate ajuta și să faci o "
        "plângere."
    ),
    "ch_review": (
        "Dacă nu există acuzare, te poate ajuta să ceri o reanalizare. Cunoaște "
        "termenele."
    ),
    "ch_believe_q": "Dacă nu există acuzare, înseamnă că nu m-au crezut?",
    "ch_believe_a": (
        "Nu. Înseamnă că nu au considerat că testul e îndeplinit. Poți cere o "
        "reanalizare."
    ),
    "oic_role": "Ofițerul care se ocupă de caz (OIC)",
    "oic_does": (
        "Este polițistul responsabil de cazul tău. Ar trebui să te țină la "
        "curent până când cazul ajunge la tribunal."
    ),
}
