"""Cymraeg (Welsh). Not yet checked by a native speaker."""

WORDS = {
    "home_title": "Waymark: eich llwybr drwy'r system gyfiawnder",
    "home_intro": [
        "Canllawiau clir a syml i bob cam ar ôl ymosodiad rhywiol neu dreisio. Maen "
        "nhw i chi os ydych chi'n meddwl am fynd at yr heddlu, neu'n siarad â nhw'n "
        "barod.",
        "Chi sy'n dewis beth i'w ddarllen. Ewch ar eich cyflymder eich hun.",
    ],
    "home_safety": "Os ydych chi mewn perygl nawr, ffoniwch 999. I adael y wefan hon "
    "yn gyflym, defnyddiwch y botwm Gadael y dudalen hon ar y brig.",
    "journey_title": "Eich taith, gam wrth gam",
    "journey_intro": "Dyma'r camau y gall achos fynd drwyddyn nhw, o feddwl am yr "
    "heddlu hyd at ar ôl dedfryd. Mae llwybr pawb yn wahanol. Gallwch ddechrau gyda'r "
    "cam rydych chi arno nawr. Dim ond rhai tudalennau sydd yn Gymraeg hyd yma. Mae'r "
    "lleill yn Saesneg.",
    "br_title": "Meddwl am ddweud wrth yr heddlu",
    "br_summary": "Does dim rhaid i chi benderfynu nawr. Gallwch gael cymorth yn "
    "gyntaf, a chymryd eich amser.",
    "br_not_your_fault": "Digwyddodd rhywbeth i chi nad oedd yn iawn. Nid eich bai "
    "chi oedd e. Dydy'ch gwaith, eich gorffennol na'ch dewisiadau ddim yn newid hynny.",
    "br_thinking": "Efallai eich bod chi'n meddwl am ddweud wrth yr heddlu. Mae rhai "
    "pobl yn gwneud hynny'n syth. Mae rhai'n aros am amser hir. Dydy rhai byth yn "
    "gwneud. Mae pob un o'r rhain yn iawn.",
    "br_choices_intro": "Mae gennych chi ddewis. Gallech chi:",
    "br_choices": [
        "Siarad ag eiriolwr yn gyntaf, yn breifat.",
        "Dweud wrth yr heddlu eich hun.",
        "Dweud wrth yr heddlu heb roi eich enw.",
        "Gofyn i rywun arall roi gwybod beth ddigwyddodd.",
    ],
    "br_ugly_mugs": "Mae rhai grwpiau, fel cynllun Ugly Mugs, yn cymryd adroddiadau "
    "gan weithwyr rhyw. Dim ond os dywedwch chi ie y byddan nhw'n rhoi eich adroddiad "
    "i'r heddlu.",
    "advocate_role": "Eich eiriolwr",
    "advocate_does": "Mae eich eiriolwr ar eich ochr chi. Dydyn nhw ddim yn rhan o'r "
    "heddlu, a dydyn nhw ddim yn gyfreithiwr. Gallan nhw esbonio pethau, holi am "
    "newyddion a dod gyda chi.",
    "work_q": "Fydda i mewn trwbl oherwydd fy ngwaith?",
    "work_a": [
        "Dydy gwerthu rhyw ddim yn drosedd yng Nghymru a Lloegr. Ond mae rhai "
        "pethau sy'n gysylltiedig ag e yn droseddau. Dau ohonyn nhw yw chwilio am"
        " gleientiaid ar y stryd, a rhedeg puteindy neu helpu i'w redeg. I'r "
        "gyfraith, gall fflat lle mae dau neu fwy o bobl yn gwerthu rhyw fod yn "
        "buteindy.",
        "Rydych chi'n dweud wrth yr heddlu am drosedd a wnaed i chi. Dyna beth ddylen "
        "nhw edrych arno. Ond efallai y byddan nhw'n dal i ofyn am eich gwaith. Os "
        "ydyn nhw'n meddwl eich bod chi wedi torri'r gyfraith, rhaid iddyn nhw ddweud "
        "wrthych chi cyn gofyn am hynny. Yna gallwch chi gael cyngor am ddim gan "
        "gyfreithiwr.",
        "Ydych chi'n poeni am eich fisa, neu eich hawl i aros yn y DU? Siaradwch â'ch "
        "eiriolwr yn gyntaf. Gall yr heddlu roi'r hyn rydych chi'n ei ddweud wrthyn "
        "nhw i'r Swyddfa Gartref. Does dim rheol sy'n eu hatal. Gall eich eiriolwr, "
        "neu wasanaeth sy'n helpu mudwyr, roi cyngor i chi cyn i chi fynd.",
    ],
    "change_q": "Beth os bydda i'n newid fy meddwl wedyn?",
    "change_a": "Mae hynny'n iawn. Gallwch chi stopio ar unrhyw adeg. Gallwch chi "
    "hefyd ddod yn ôl wedyn.",
    "ct_title": "Cuddio eich olion",
    "ct_summary": "Sut i gadw eich ymweliad â'r wefan hon yn breifat. Beth all y "
    "botwm Gadael ei wneud, a beth na all ei wneud.",
    "ct_exit": "Mae'r botwm Gadael y dudalen hon yn mynd â chi i dudalen tywydd ar "
    "unwaith. Gallwch chi hefyd bwyso Shift dair gwaith, neu bwyso Escape.",
    "ct_exit_limit": "All y botwm Gadael ddim dileu'r hyn mae eich ffôn neu eich "
    "cyfrifiadur wedi'i gadw'n barod. Mae eich porwr yn cadw rhestr o'r tudalennau "
    "rydych chi'n ymweld â nhw. Hanes yw'r enw ar hyn.",
    "ct_private_h": "Defnyddiwch ffenestr breifat",
    "ct_private": "Dydy ffenestr breifat ddim yn cadw hanes pan fyddwch chi'n ei "
    "chau. Yn y rhan fwyaf o borwyr mae hi yn y ddewislen. Efallai mai Preifat neu "
    "Incognito yw ei henw.",
    "ct_clear_h": "Clirio eich hanes",
    "ct_clear_intro": "Os na wnaethoch chi ddefnyddio ffenestr breifat:",
    "ct_clear_steps": [
        "Agorwch y ddewislen yn eich porwr.",
        "Chwiliwch am Hanes neu Preifatrwydd.",
        "Dilëwch y tudalennau o'r wefan hon, neu cliriwch yr hanes.",
    ],
    "ct_empty": "Os bydd rhywun yn edrych ar eich ffôn, efallai y bydd hanes gwag yn "
    "eu poeni. Gall fod yn fwy diogel dileu dim ond y tudalennau o'r wefan hon.",
    "ct_sync_h": "Eich hanes ar ddyfeisiau eraill",
    "ct_sync": "Ydy eich porwr wedi mewngofnodi i gyfrif, fel Google, Apple, "
    "Microsoft neu Firefox? Yna gall gopïo eich hanes i'ch ffonau, tabledi a "
    "chyfrifiaduron eraill. Cysoni (sync) yw'r enw ar hyn. Gall rhywun sy'n defnyddio "
    "un o'r rheini weld y wefan hon yn yr hanes.",
    "ct_sync_intro": "I wirio:",
    "ct_sync_steps": [
        "Agorwch y gosodiadau yn eich porwr.",
        "Chwiliwch am eich enw, neu am Sync neu Cyfrifon.",
        "Gwelwch a yw hanes wedi'i droi ymlaen yno.",
        "Trowch hanes i ffwrdd, neu dilëwch y tudalennau o'r wefan hon.",
    ],
    "ct_sync_note": "Os byddwch chi'n dileu tudalennau ar un ddyfais, gall cysoni eu "
    "dileu ar y lleill hefyd. Dydy ffenestr breifat byth yn cael ei chysoni.",
    "ct_other_h": "Pethau eraill i feddwl amdanyn nhw",
    "ct_other": [
        "Dydy'r wefan hon ddim yn gosod cwcis, a dydy hi ddim yn eich tracio.",
        "Efallai y bydd eich ffôn yn dangos apiau neu dabiau diweddar. Caewch y tab "
        "hwn.",
        "Efallai y bydd rhywun yn gweld negeseuon neu alwadau gan wasanaethau. "
        "Dywedwch wrth eich eiriolwr y ffordd fwyaf diogel o gysylltu â chi.",
        "Os gall rhywun fod yn gwylio eich ffôn, defnyddiwch ffôn neu gyfrifiadur "
        "rydych chi'n ymddiried ynddo.",
    ],
    "danger": "Os ydych chi mewn perygl nawr, ffoniwch 999.",
    "stop_title": "Os ydych chi eisiau stopio",
    "stop_summary": (
        "Gallwch chi gamu'n ôl ar unrhyw adeg. Gallwch chi gadw eich cymorth, ac "
        "yn aml gallwch chi ddod yn ôl."
    ),
    "stop_hard": (
        "Mae mynd drwy achos yn anodd. Mae llawer o bobl yn meddwl am stopio. Mae"
        " hynny'n iawn, a fydd neb yn eich barnu."
    ),
    "stop_choices_intro": "Mae gennych chi ddewis:",
    "stop_choices": [
        "Cymryd seibiant a siarad am y peth.",
        "Gofyn am fwy o gymorth, fel mesurau arbennig.",
        "Dweud wrth yr heddlu nad ydych chi'n cefnogi'r achos mwyach.",
        "Cadw cymorth gan eich eiriolwr, gyda'r achos neu hebddo.",
    ],
    "stop_cps": (
        "Os byddwch chi'n camu'n ôl, yr heddlu neu Wasanaeth Erlyn y Goron (CPS) "
        "sy'n penderfynu beth sy'n digwydd i'r achos. Fel arfer mae'n stopio. Ond"
        " gall y CPS fwrw ymlaen hebddoch chi. Weithiau maen nhw'n gofyn i lys "
        "wneud i chi ddod fel tyst. Mae hyn yn brin. Gall eich eiriolwr gael "
        "gwybod a dweud wrthych chi."
    ),
    "stop_come_back": "Gallwch chi ddod yn ôl wedyn. Siaradwch â'ch eiriolwr.",
    "help_title": "Cael help nawr",
    "help_intro": (
        "Gallwch chi siarad â rhywun ar unrhyw adeg, ddydd neu nos. Does dim "
        "angen eiriolwr arnoch chi i ffonio. Mae'r galwadau am ddim."
    ),
    "gc_title": "Mynd i'r llys",
    "gc_summary": (
        "Mae'r person wedi cael ei gyhuddo. Bydd rhai gwrandawiadau byr yn y "
        "llys i baratoi at yr achos llys."
    ),
    "gc_courts": (
        "Mae pob achos yn dechrau mewn llys ynadon. Yna mae achosion difrifol, "
        "fel treisio, yn mynd i Lys y Goron."
    ),
    "gc_ptph": (
        "Yn Llys y Goron mae gwrandawiad o'r enw PTPH. Yno mae'r person sydd "
        "wedi'i gyhuddo yn dweud a yw'n euog neu'n ddieuog."
    ),
    "gc_plea_intro": "Mae'r hyn maen nhw'n ei ddweud yn newid beth sy'n digwydd nesaf:",
    "gc_plea": [
        (
            "Os ydyn nhw'n dweud euog, does dim achos llys. Mae'r achos yn symud "
            "ymlaen at y ddedfryd."
        ),
        (
            "Os ydyn nhw'n dweud dieuog, mae'r llys yn pennu dyddiad i'r achos llys. "
            "Mae rhai achosion llys ar restr rybudd (warned list). Mae hynny'n "
            "golygu cyfnod o ddyddiau, nid un diwrnod penodol."
        ),
    ],
    "gc_other": (
        "Efallai y bydd gwrandawiadau byr eraill. Gall un osod rheolau am sut y "
        "byddwch chi'n cael eich holi. Mewn rhai achosion, gall y llys ffilmio "
        "eich holi cyn yr achos llys. Adran 28 (s.28) yw'r enw ar hyn."
    ),
    "gc_how_long": (
        "Mae'r PTPH fel arfer tua 28 diwrnod ar ôl i'r achos gael ei anfon i Lys "
        "y Goron. Gall yr achos llys fod fisoedd lawer ar ôl hynny."
    ),
    "gc_right_8": (
        "Rhaid i'r Uned Gofal Tystion ddweud wrthych chi am ddyddiadau'r "
        "gwrandawiadau, a beth sydd angen i chi ei wneud."
    ),
    "gc_right_9": "Rhaid i chi gael gwybod beth ddywedodd y person: euog neu ddieuog.",
    "gc_ask": [
        (
            "Mesurau arbennig, fel sgrin neu gyswllt fideo. Rhaid i'r CPS ofyn i'r "
            "llys mewn pryd. Y llys sy'n penderfynu."
        ),
        "Cyfarfod â chyfreithiwr y CPS am fesurau arbennig.",
        "Ymweld â'r llys cyn yr achos llys.",
        "Ffordd ar wahân i mewn, a lle ar wahân i aros.",
        "Cyfieithydd ar y pryd, a seibiannau.",
    ],
    "gc_ask_early": (
        "Mae terfynau amser ar gyfer gofyn am fesurau arbennig. Dywedwch wrth "
        "eich eiriolwr beth rydych chi eisiau cyn gynted ag y gallwch chi."
    ),
    "gc_advocate": (
        "Gall eich eiriolwr ysgrifennu at yr heddlu a'r CPS am beth rydych chi "
        "eisiau yn y llys, yn eich geiriau eich hun. Gallan nhw wirio bod rhywun "
        "wedi gofyn amdano. Gallan nhw ddweud wrthych chi beth ddywedodd y llys."
    ),
    "gc_go_q": "Oes rhaid i mi fynd i'r gwrandawiadau hyn?",
    "gc_go_a": (
        "Gofynnwch i'r Uned Gofal Tystion neu i'ch eiriolwr. Byddan nhw'n dweud "
        "wrthych chi os oes angen i chi fod yno."
    ),
    "gc_scared_q": "Beth os oes ofn arna i weld y person?",
    "gc_scared_a": (
        "Dywedwch wrth eich eiriolwr. Gall sgriniau, cyswllt fideo a lle ar "
        "wahân i aros i gyd helpu."
    ),
    "wcu_role": "Yr Uned Gofal Tystion (WCU)",
    "wcu_does": (
        "Tîm sy'n cael ei redeg gan yr heddlu, yn aml gyda'r CPS. Ar ôl i rywun "
        "gael ei gyhuddo, nhw yw eich prif gyswllt am y llys. Maen nhw'n dweud "
        "wrthych chi ddyddiad pob gwrandawiad, a beth ddigwyddodd ynddo."
    ),
    "cps_role": "Y CPS",
    "cps_does": (
        "Gwasanaeth Erlyn y Goron. Cyfreithwyr ydyn nhw sy'n penderfynu a oes "
        "cyhuddiad. Os oes, nhw sy'n mynd â'r achos i'r llys."
    ),
    "ws_role": "Y Gwasanaeth Tystion",
    "ws_does": (
        "Pobl garedig sy'n helpu yn y llys. Gallan nhw ddangos y llys i chi cyn "
        "yr achos llys. Gallan nhw eistedd gyda chi ar y diwrnod."
    ),
    "tr_title": "Yr achos llys",
    "tr_summary": (
        "Mae'r llys yn clywed y dystiolaeth. Efallai y byddwch chi'n rhoi "
        "tystiolaeth fel tyst. Yna mae'r rheithgor yn penderfynu."
    ),
    "tr_steps_intro": "Mae'r rhan fwyaf o achosion llys yn mynd fel hyn:",
    "tr_steps": [
        "Mae'r erlynydd yn dweud wrth y rheithgor am yr achos.",
        "Mae tystion yn rhoi tystiolaeth. Efallai mai chi fydd un o'r rhai cyntaf.",
        "Gall y barnwr stopio'r achos os nad oes digon o dystiolaeth.",
        "Gall y person sydd wedi'i gyhuddo ddweud ei ochr o'r stori.",
        "Mae'r rheithgor yn mynd allan i benderfynu.",
    ],
    "tr_sides": (
        "Yr erlyniad yw'r ochr sy'n dod â'r achos. Yr amddiffyniad yw ochr y "
        "person sydd wedi'i gyhuddo."
    ),
    "tr_evidence": (
        "Pan fyddwch chi'n rhoi tystiolaeth, mae'r erlynydd yn eich holi chi "
        "gyntaf. Dyma eich prif dystiolaeth (evidence in chief). Gall y llys "
        "ddefnyddio eich cyfweliad fideo ar gyfer hyn. Yna mae cyfreithiwr yr "
        "amddiffyniad yn eich holi chi. Croesholi (cross-examination) yw'r enw "
        "ar hyn."
    ),
    "tr_limits": (
        "Mae'r gyfraith yn cyfyngu ar gwestiynau am eich bywyd rhywiol neu eich "
        "gwaith. Rhaid i'r amddiffyniad ofyn i'r barnwr yn gyntaf. Gall y barnwr "
        "ddweud na."
    ),
    "tr_how_long": (
        "Gall achos llys bara ychydig ddyddiau neu ychydig wythnosau. Fel arfer, "
        "dim ond tra byddwch chi'n rhoi tystiolaeth mae angen i chi fod yno."
    ),
    "tr_dates": (
        "Mae dyddiadau achosion llys yn aml yn symud. Cafodd tua hanner y "
        "dioddefwyr oedd â dyddiad achos llys newid iddo. Nid eich bai chi yw "
        "hyn. Darllenwch {link}."
    ),
    "tr_dates_link": "beth i'w wneud os yw dyddiad yr achos llys yn symud (yn Saesneg)",
    "tr_right_8": (
        "Rhaid i chi gael gwybod am yr achos llys, a beth sydd angen i chi ei "
        "wneud fel tyst."
    ),
    "tr_right_10": "Gallwch chi hawlio costau mynd i'r llys, fel teithio.",
    "tr_ask": [
        "Mesurau arbennig, fel sgrin neu gyswllt fideo. Y llys sy'n penderfynu.",
        "Rhywun i'ch cefnogi chi yn yr ystafell cyswllt fideo.",
        "Darllen eich datganiad i'r heddlu eto cyn i chi roi tystiolaeth.",
        "Seibiannau pan fydd eu hangen arnoch chi.",
    ],
    "tr_advocate": (
        "Gall eich eiriolwr eich helpu i baratoi. Gallan nhw wirio bod eich "
        "mesurau arbennig yn eu lle. Gallan nhw fod gyda chi ar y diwrnod, os "
        "yw'r llys yn cytuno."
    ),
    "tr_name_q": "Fydd pobl yn gwybod fy enw?",
    "tr_name_a": [
        (
            "Bydd pobl yn y llys yn clywed eich enw. Mae hyn yn golygu'r barnwr, y "
            "rheithgor, y cyfreithwyr ac unrhyw un sy'n dod i wylio."
        ),
        (
            "Ond mae'r gyfraith yn eich amddiffyn chi y tu allan i'r llys. Chaiff "
            "neb argraffu, postio na darlledu eich enw, eich llun nac unrhyw beth a "
            "allai ddangos pwy ydych chi. Mae hyn yn para am eich bywyd cyfan, beth "
            "bynnag yw'r dyfarniad. Dim ond chi all ildio hyn, yn ysgrifenedig."
        ),
    ],
    "tr_watch_q": "Ga i wylio'r achos llys ar ôl fy rhan i?",
    "tr_watch_a": (
        "Yn aml, cewch. Gallwch chi eistedd yn oriel y cyhoedd. Dyna'r rhan o'r "
        "llys i bobl sy'n dod i wylio. Gofynnwch i'ch eiriolwr yn gyntaf. Gallan "
        "nhw holi ar eich rhan."
    ),
    "judge_role": "Y barnwr",
    "judge_does": (
        "Y barnwr sy'n rhedeg y llys. Maen nhw'n gwneud yn siŵr bod pethau'n "
        "deg. Nhw sy'n penderfynu ar y ddedfryd."
    ),
    "jury_role": "Y rheithgor",
    "jury_does": (
        "Deuddeg aelod o'r cyhoedd. Maen nhw'n gwrando ar bopeth. Yna maen nhw'n "
        "penderfynu a yw'r person yn euog neu'n ddieuog."
    ),
    "prosecutor_role": "Yr erlynydd",
    "prosecutor_does": (
        "Y cyfreithiwr sy'n dod â'r achos ar ran y CPS. Yr erlyniad yw'r enw ar "
        "yr ochr hon. Maen nhw'n eich holi chi gyntaf."
    ),
    "defence_role": "Cyfreithiwr yr amddiffyniad",
    "defence_does": (
        "Y cyfreithiwr ar ran y person sydd wedi'i gyhuddo. Yr amddiffyniad yw'r "
        "enw ar yr ochr hon. Byddan nhw hefyd yn eich holi chi. Rhaid i'r barnwr "
        "stopio cwestiynau sydd ddim yn deg."
    ),
    "ch_title": "Penderfynu ar gyhuddiad",
    "ch_summary": (
        "Mae cyfreithwyr yn y CPS yn edrych ar y dystiolaeth. Maen nhw'n "
        "penderfynu a ddylai'r person gael ei gyhuddo o drosedd."
    ),
    "ch_who_decides": (
        "Mewn achosion fel eich un chi, y CPS sydd fel arfer yn gwneud y "
        "penderfyniad. Maen nhw'n defnyddio prawf mewn dwy ran. Y Prawf Cod "
        "Llawn (Full Code Test) yw ei enw."
    ),
    "ch_test_intro": "Mae dau gam i'r prawf:",
    "ch_test": [
        "Yn gyntaf maen nhw'n gofyn: oes digon o dystiolaeth i fynd i'r llys?",
        "Yna maen nhw'n gofyn: ydy hi'n iawn mynd â'r achos hwn i'r llys?",
    ],
    "ch_outcomes_intro": "Yna mae un o'r rhain yn digwydd:",
    "ch_outcomes": [
        "Mae'r person yn cael ei gyhuddo. Mae'r achos yn mynd i'r llys.",
        "Dim camau pellach (NFA). Does dim cyhuddiad am nawr.",
        "Cam llai sydd ddim yn mynd i'r llys.",
        "Mae'r heddlu'n cael cais i ddod o hyd i fwy o dystiolaeth yn gyntaf.",
    ],
    "ch_how_long": (
        "Gall hyn gymryd wythnosau neu fisoedd. Efallai y bydd y CPS yn anfon y "
        "ffeil yn ôl am fwy o waith. Gall hynny ychwanegu amser."
    ),
    "ch_right_6": (
        "Rhaid i chi gael gwybod y penderfyniad, a pham, heb oedi. Os nad oes "
        "cyhuddiad, rhaid i chi gael gwybod sut i ofyn am adolygiad."
    ),
    "ch_ask": [
        (
            "Cael gwybod y penderfyniad gan rywun rydych chi'n ymddiried ynddo, fel "
            "eich eiriolwr."
        ),
        "Cael esboniad o'r rhesymau mewn geiriau syml.",
        "Gofyn am adolygiad os mai dim cyhuddiad yw'r ateb.",
    ],
    "advocate_chases": (
        "Gall eich eiriolwr holi'r heddlu neu'r CPS am newyddion. Os ydych chi'n "
        "cytuno, gallan nhw gael newyddion i chi. Gallan nhw hefyd eich helpu i "
        "wneud cwyn."
    ),
    "ch_review": (
        "Os nad oes cyhuddiad, gallan nhw eich helpu i ofyn am adolygiad. Maen "
        "nhw'n gwybod y terfynau amser."
    ),
    "ch_believe_q": "Ydy dim cyhuddiad yn golygu nad oedden nhw'n fy nghredu i?",
    "ch_believe_a": (
        "Nac ydy. Mae'n golygu nad oedden nhw'n meddwl bod y prawf wedi'i "
        "fodloni. Gallwch chi ofyn am adolygiad."
    ),
    "oic_role": "Y swyddog sy'n gyfrifol am yr achos (OIC)",
    "oic_does": (
        "Dyma'r swyddog heddlu sy'n gyfrifol am eich achos. Dylen nhw roi'r "
        "newyddion diweddaraf i chi nes bydd yr achos yn mynd i'r llys."
    ),
}
