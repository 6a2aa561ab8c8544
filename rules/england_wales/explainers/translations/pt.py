"""Português (Portuguese), worded to be read in Portugal and Brazil alike.

Not yet checked by a native speaker.
"""

WORDS = {
    "home_title": "Waymark: o seu caminho pelo sistema de justiça",
    "home_intro": [
        "Guias claros e simples sobre cada passo depois de uma agressão sexual ou "
        "violação. São para quem pensa em ir à polícia, ou já fala com ela.",
        "Você decide o que lê. Vá no seu ritmo.",
    ],
    "home_safety": "Se está em perigo agora, ligue 999. Para sair deste site "
    "depressa, use o botão Sair desta página, no topo.",
    "journey_title": "O seu caminho, passo a passo",
    "journey_intro": "Estes são os passos por que um caso pode passar, desde a "
    "primeira ideia de ir à polícia até depois da sentença. O caminho de cada pessoa "
    "é diferente. Pode começar pelo passo em que está agora. Por enquanto, só algumas "
    "páginas estão em português. As outras estão em inglês.",
    "br_title": "Pensar em contar à polícia",
    "br_summary": "Não é preciso decidir agora. Pode ter apoio primeiro e levar o "
    "tempo que precisar.",
    "br_not_your_fault": "Aconteceu com você algo que não estava certo. Não foi culpa "
    "sua. O seu trabalho, o seu passado ou as suas escolhas não mudam isso.",
    "br_thinking": "Talvez pense em contar à polícia. Algumas pessoas fazem isso logo. "
    "Algumas esperam muito tempo. Algumas nunca o fazem. Tudo isto está bem.",
    "br_choices_intro": "Você tem escolhas. Pode:",
    "br_choices": [
        "Falar primeiro com uma pessoa de apoio, em privado.",
        "Contar à polícia por conta própria.",
        "Contar à polícia sem dar o seu nome.",
        "Pedir a outra pessoa que conte o que aconteceu.",
    ],
    "br_ugly_mugs": "Alguns grupos, como o Ugly Mugs, recebem denúncias de "
    "trabalhadoras e trabalhadores do sexo. Só passam a sua denúncia à polícia se "
    "você disser que sim.",
    "advocate_role": "A sua pessoa de apoio (advocate)",
    "advocate_does": "A sua pessoa de apoio está do seu lado. Não é da polícia e não é "
    "advogada. Pode explicar as coisas, pedir notícias e ir com você.",
    "work_q": "Vou ter problemas por causa do meu trabalho?",
    "work_a": [
        "Vender sexo não é crime na Inglaterra e no País de Gales. Mas algumas "
        "coisas ligadas a isso são. Duas delas são procurar clientes na rua e "
        "gerir um bordel, ou ajudar a geri-lo. Para a lei, um apartamento onde "
        "duas ou mais pessoas vendem sexo pode ser um bordel.",
        "Você vai contar à polícia um crime feito contra você. É isso que eles devem "
        "investigar. Mas podem perguntar também sobre o seu trabalho. Se acharem que "
        "você violou a lei, têm de dizer isso antes de perguntar. Depois, pode ter "
        "conselho grátis de um advogado.",
        "Tem medo por causa do seu visto, ou do seu direito de ficar no Reino Unido? "
        "Fale primeiro com a sua pessoa de apoio. A polícia pode passar o que você "
        "disser ao Home Office (o ministério do Interior). Nenhuma regra os impede. A "
        "sua pessoa de apoio, ou um serviço que ajuda migrantes, pode aconselhar você "
        "antes de ir.",
    ],
    "change_q": "E se eu mudar de ideia depois?",
    "change_a": "Não faz mal. Pode parar a qualquer momento. Também pode voltar mais "
    "tarde.",
    "ct_title": "Proteja a sua privacidade",
    "ct_summary": "Como manter privada a sua visita a este site. O que o botão Sair "
    "pode fazer, e o que não pode.",
    "ct_exit": "O botão Sair desta página leva você logo para uma página do tempo. "
    "Também pode pressionar três vezes Shift, ou pressionar Escape.",
    "ct_exit_limit": "O botão Sair não consegue apagar o que o seu telefone ou "
    "computador já guardou. O seu navegador guarda uma lista das páginas que visita. "
    "Chama-se histórico.",
    "ct_private_h": "Use uma janela privada",
    "ct_private": "Uma janela privada não guarda o histórico quando a fecha. Na "
    "maioria dos navegadores, está no menu. Pode chamar-se Privada ou Anónima.",
    "ct_clear_h": "Apague o seu histórico",
    "ct_clear_intro": "Se não usou uma janela privada:",
    "ct_clear_steps": [
        "Abra o menu do navegador.",
        "Procure Histórico ou Privacidade.",
        "Apague as páginas deste site, ou apague o histórico.",
    ],
    "ct_empty": "Se alguém vir o seu telefone, um histórico vazio pode deixar essa "
    "pessoa desconfiada. Pode ser mais seguro apagar só as páginas deste site.",
    "ct_sync_h": "O seu histórico noutros aparelhos",
    "ct_sync": "O seu navegador está ligado a uma conta, como Google, Apple, Microsoft "
    "ou Firefox? Então pode copiar o seu histórico para os seus outros telefones, "
    "tablets e computadores. Isto chama-se sincronização (sync). Alguém que use um "
    "deles pode ver este site no histórico.",
    "ct_sync_intro": "Para verificar:",
    "ct_sync_steps": [
        "Abra as definições (configurações) do navegador.",
        "Procure o seu nome, ou Sincronização ou Contas.",
        "Veja se o histórico está ligado aí.",
        "Desligue o histórico, ou apague as páginas deste site.",
    ],
    "ct_sync_note": "Se apagar páginas num aparelho, a sincronização pode apagá-las "
    "também nos outros. Uma janela privada nunca é sincronizada.",
    "ct_other_h": "Outras coisas a pensar",
    "ct_other": [
        "Este site não usa cookies e não segue o que você faz.",
        "O seu telefone pode mostrar apps ou abas recentes. Feche esta aba.",
        "Alguém pode ver mensagens ou chamadas de serviços. Diga à sua pessoa de "
        "apoio a forma mais segura de falar com você.",
        "Se alguém pode estar a vigiar o seu telefone, use um telefone ou computador "
        "em que confie.",
    ],
    "danger": "Se está em perigo agora, ligue 999.",
    "stop_title": "Se quer parar",
    "stop_summary": (
        "Pode afastar-se do caso a qualquer momento. Pode manter o seu apoio e, "
        "muitas vezes, pode voltar."
    ),
    "stop_hard": (
        "Passar por um caso é difícil. Muitas pessoas pensam em parar. Não faz "
        "mal, e ninguém vai julgar você."
    ),
    "stop_choices_intro": "Você tem escolhas:",
    "stop_choices": [
        "Fazer uma pausa e falar sobre isso.",
        "Pedir mais apoio, como medidas especiais.",
        "Dizer à polícia que já não apoia o caso.",
        "Manter a sua pessoa de apoio, com ou sem o caso.",
    ],
    "stop_cps": (
        "Se você se afastar, é a polícia ou o CPS (o Ministério Público de "
        "Inglaterra e País de Gales) que decide o que acontece ao caso. Quase "
        "sempre, o caso para. Mas o CPS pode continuar sem você. Em casos raros, "
        "pede a um tribunal que obrigue você a ir como testemunha. A sua pessoa "
        "de apoio pode saber e contar a você."
    ),
    "stop_come_back": "Pode voltar mais tarde. Fale com a sua pessoa de apoio.",
    "help_title": "Obter ajuda agora",
    "help_intro": (
        "Pode falar com alguém a qualquer hora, de dia ou de noite. Não precisa "
        "de uma pessoa de apoio para ligar. As chamadas são grátis."
    ),
    "gc_title": "Ir a tribunal",
    "gc_summary": (
        "A pessoa foi acusada. Vai haver algumas audiências curtas no tribunal "
        "para preparar o julgamento."
    ),
    "gc_courts": (
        "Todos os casos começam num tribunal de primeira instância (magistrates' "
        "court). Os casos graves, como a violação, passam depois para o Crown "
        "Court."
    ),
    "gc_ptph": (
        "No Crown Court há uma audiência chamada PTPH. A pessoa acusada diz se "
        "se declara culpada ou não culpada."
    ),
    "gc_plea_intro": "O que a pessoa disser muda o que acontece a seguir:",
    "gc_plea": [
        (
            "Se disser que é culpada, não há julgamento. O caso passa para a decisão "
            "da pena."
        ),
        (
            "Se disser que não é culpada, o tribunal marca a data do julgamento. "
            "Alguns julgamentos ficam numa lista de espera (warned list). Isso quer "
            "dizer um período de vários dias, e não um dia certo."
        ),
    ],
    "gc_other": (
        "Pode haver outras audiências curtas. Numa delas, o tribunal pode "
        "definir regras sobre como lhe vão fazer perguntas. Em alguns casos, as "
        "perguntas e as suas respostas podem ser gravadas em vídeo antes do "
        "julgamento. Isto chama-se s.28."
    ),
    "gc_how_long": (
        "O PTPH é normalmente cerca de 28 dias depois de o caso ser enviado para "
        "o Crown Court. O julgamento pode ser muitos meses depois disso."
    ),
    "gc_right_8": (
        "A Unidade de Apoio a Testemunhas (WCU) tem de lhe dizer as datas das "
        "audiências e o que precisa de fazer."
    ),
    "gc_right_9": "Tem de saber o que a pessoa declarou: culpada ou não culpada.",
    "gc_ask": [
        (
            "Medidas especiais, como um biombo ou uma ligação de vídeo. O CPS tem de "
            "as pedir ao tribunal a tempo. Quem decide é o tribunal."
        ),
        "Uma reunião com o jurista do CPS sobre as medidas especiais.",
        "Uma visita ao tribunal antes do julgamento.",
        "Uma entrada separada e um lugar separado para esperar.",
        "Um intérprete, e pausas.",
    ],
    "gc_ask_early": (
        "Há prazos para pedir medidas especiais. Diga à sua pessoa de apoio o "
        "que quer o mais cedo possível."
    ),
    "gc_advocate": (
        "A sua pessoa de apoio pode escrever à polícia e ao CPS a dizer o que "
        "quer no tribunal, com as suas palavras. Pode confirmar que isso foi "
        "pedido. Pode dizer-lhe o que o tribunal decidiu."
    ),
    "gc_go_q": "Tenho de ir a estas audiências?",
    "gc_go_a": (
        "Pergunte à Unidade de Apoio a Testemunhas ou à sua pessoa de apoio. Vão "
        "dizer-lhe se precisa de estar lá."
    ),
    "gc_scared_q": "E se eu tiver medo de ver a pessoa?",
    "gc_scared_a": (
        "Diga à sua pessoa de apoio. Um biombo, uma ligação de vídeo e um lugar "
        "separado para esperar podem ajudar."
    ),
    "wcu_role": "A Unidade de Apoio a Testemunhas (WCU)",
    "wcu_does": (
        "Uma equipa da polícia, muitas vezes junto com o CPS. Depois de alguém "
        "ser acusado, é o seu contacto principal sobre o tribunal. Diz-lhe a "
        "data de cada audiência e o que aconteceu nela."
    ),
    "cps_role": "O CPS",
    "cps_does": (
        "O Crown Prosecution Service, o Ministério Público de Inglaterra e País "
        "de Gales. São juristas que decidem se há acusação. Se houver, levam o "
        "caso a tribunal."
    ),
    "ws_role": "O Serviço de Testemunhas (Witness Service)",
    "ws_does": (
        "Pessoas simpáticas que ajudam no tribunal. Podem mostrar-lhe o tribunal "
        "antes do julgamento. No dia, podem ficar sentadas consigo."
    ),
    "tr_title": "O julgamento",
    "tr_summary": (
        "O tribunal ouve as provas. Talvez tenha de depor como testemunha. "
        "Depois, o júri decide."
    ),
    "tr_steps_intro": "A maioria dos julgamentos é assim:",
    "tr_steps": [
        "O procurador explica o caso ao júri.",
        "As testemunhas depõem. Pode ser uma das primeiras.",
        "O juiz pode parar o caso se não houver provas suficientes.",
        "A pessoa acusada pode contar a sua versão.",
        "O júri sai para decidir.",
    ],
    "tr_sides": (
        "A acusação é o lado que leva o caso a tribunal. A defesa é o lado da "
        "pessoa acusada."
    ),
    "tr_evidence": (
        "Quando depõe, o procurador faz-lhe perguntas primeiro. Este é o seu "
        "depoimento principal (evidence in chief). A sua entrevista gravada em "
        "vídeo pode ser usada para isso. Depois, o advogado de defesa faz-lhe "
        "perguntas. Isto chama-se contrainterrogatório (cross-examination)."
    ),
    "tr_limits": (
        "A lei limita as perguntas sobre a sua vida sexual ou o seu trabalho. A "
        "defesa tem de pedir primeiro ao juiz. O juiz pode dizer que não."
    ),
    "tr_how_long": (
        "Um julgamento pode durar alguns dias ou algumas semanas. Normalmente só "
        "precisa de estar lá enquanto depõe."
    ),
    "tr_dates": (
        "As datas dos julgamentos mudam muitas vezes. Cerca de metade das "
        "vítimas com data de julgamento viu essa data mudar. A culpa não é sua. "
        "Leia {link}."
    ),
    "tr_dates_link": "o que fazer se a data do julgamento mudar (em inglês)",
    "tr_right_8": (
        "Tem de receber informação sobre o julgamento e sobre o que precisa de "
        "fazer como testemunha."
    ),
    "tr_right_10": (
        "Pode pedir o pagamento de despesas para ir a tribunal, como a viagem."
    ),
    "tr_ask": [
        (
            "Medidas especiais, como um biombo ou uma ligação de vídeo. Quem decide "
            "é o tribunal."
        ),
        "Uma pessoa de confiança consigo na sala da ligação de vídeo.",
        "Ler outra vez a sua declaração à polícia antes de depor.",
        "Pausas quando precisar.",
    ],
    "tr_advocate": (
        "A sua pessoa de apoio pode ajudar a preparar-se. Pode confirmar que as "
        "suas medidas especiais estão prontas. Pode estar consigo no dia, se o "
        "tribunal concordar."
    ),
    "tr_name_q": "As pessoas vão saber o meu nome?",
    "tr_name_a": [
        (
            "As pessoas na sala do tribunal vão ouvir o seu nome. Isto quer dizer o "
            "juiz, o júri, os advogados e quem vier assistir."
        ),
        (
            "Mas, fora do tribunal, a lei dá-lhe proteção. Ninguém pode publicar, "
            "pôr na internet ou transmitir o seu nome, a sua foto ou qualquer coisa "
            "que possa mostrar quem é. Isto dura toda a sua vida, seja qual for o "
            "veredicto. Só você pode abdicar disto, por escrito."
        ),
    ],
    "tr_watch_q": "Posso assistir ao julgamento depois da minha parte?",
    "tr_watch_a": (
        "Muitas vezes, sim. Pode sentar-se na galeria do público. É a parte do "
        "tribunal para quem vem assistir. Pergunte primeiro à sua pessoa de "
        "apoio. Ela pode informar-se por si."
    ),
    "judge_role": "O juiz",
    "judge_does": (
        "O juiz dirige o tribunal. Garante que tudo é justo. Também decide a pena."
    ),
    "jury_role": "O júri",
    "jury_does": (
        "Doze pessoas comuns. Ouvem tudo e depois decidem se a pessoa é culpada "
        "ou não culpada."
    ),
    "prosecutor_role": "O procurador (prosecutor)",
    "prosecutor_does": (
        "O jurista que apresenta o caso pelo CPS. Este lado chama-se acusação. "
        "Faz-lhe perguntas primeiro."
    ),
    "defence_role": "O advogado de defesa",
    "defence_does": (
        "O advogado da pessoa acusada. Este lado chama-se defesa. Também lhe vai "
        "fazer perguntas. O juiz tem de parar as perguntas injustas."
    ),
    "ch_title": "Decidir a acusação",
    "ch_summary": (
        "Juristas do CPS analisam as provas. Decidem se a pessoa deve ser "
        "acusada de um crime."
    ),
    "ch_who_decides": (
        "Em casos como o seu, normalmente é o CPS que decide. Usa um teste em "
        "duas partes, chamado Full Code Test."
    ),
    "ch_test_intro": "O teste tem dois passos:",
    "ch_test": [
        "Primeiro perguntam: há provas suficientes para ir a tribunal?",
        "Depois perguntam: é certo levar este caso a tribunal?",
    ],
    "ch_outcomes_intro": "Depois, acontece uma destas coisas:",
    "ch_outcomes": [
        "A pessoa é acusada. O caso vai a tribunal.",
        "Nenhuma ação adicional (NFA). Por agora não há acusação.",
        "Um passo mais leve, que não vai a tribunal.",
        "Pede-se à polícia que procure mais provas primeiro.",
    ],
    "ch_how_long": (
        "Isto pode levar semanas ou meses. O CPS pode devolver o processo para "
        "mais trabalho. Isso pode demorar mais tempo."
    ),
    "ch_right_6": (
        "Tem de saber a decisão, e o porquê, sem demora. Se não houver acusação, "
        "tem de lhe ser dito como pedir uma revisão."
    ),
    "ch_ask": [
        "Saber a decisão por alguém em quem confia, como a sua pessoa de apoio.",
        "Ter os motivos explicados em palavras simples.",
        "Pedir uma revisão se a resposta for não haver acusação.",
    ],
    "advocate_chases": (
        "A sua pessoa de apoio pode pedir notícias à polícia ou ao CPS. Com o "
        "seu acordo, pode receber informações por si. Também pode ajudar a fazer "
        "uma queixa."
    ),
    "ch_review": (
        "Se não houver acusação, pode ajudar a pedir uma revisão. Conhece os prazos."
    ),
    "ch_believe_q": "Não haver acusação quer dizer que não acreditaram em mim?",
    "ch_believe_a": (
        "Não. Quer dizer que acharam que o teste não foi cumprido. Pode pedir "
        "uma revisão."
    ),
    "oic_role": "O agente responsável pelo caso (OIC)",
    "oic_does": (
        "É o agente da polícia responsável pelo seu caso. Deve dar-lhe notícias "
        "até o caso ir a tribunal."
    ),
}
