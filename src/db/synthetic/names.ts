// Name pools for synthetic athletes, by naming tradition. Accented and non-ASCII letters are
// deliberate: they exercise accent-free search and slugs. Pools are wide enough that
// homonyms exist (as they do in real results) without dominating.

export interface NamePool {
  male: string[];
  female: string[];
  family: string[];
}

// "_" stands for a space inside one name ("El_Bakkali").
const words = (text: string): string[] =>
  text
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/_/g, ' '));

export const NAME_POOLS: Record<string, NamePool> = {
  anglo: {
    male: words(`James John Michael David Chris Daniel Matthew Andrew Ryan Tyler Marcus Justin Brandon Kyle Jordan
      Nathan Aaron Adam Thomas William Noah Ethan Liam Josh Trayvon Fred Grant Kenny Devon Isaiah Jaheel Omar Rai
      Ronnie Curtis Asafa Yohan Nickel Kemar Akeem Andre Oblique Shaun Darren Jerome Kendrick Dwayne`),
    female: words(`Sarah Emily Jessica Ashley Lauren Megan Hannah Jasmine Tianna Allyson Sha'Carri Kendra Keni Dina
      Laura Katie Jenny Shelly-Ann Elaine Shericka Briana Sydney Gabby Abby Courtney Morgan Taylor Brianna Kayla Natasha
      Veronica Sanya Lashinda Dalilah Tori Chanelle Amy Holly Jodie Beth Molly Zharnel Kirani Natoya Danielle`),
    family: words(`Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Jackson White Harris
      Martin Thompson Robinson Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Campbell Mitchell
      Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Rogers Reed Cook Bell Murphy Bailey
      Richardson Cox Howard Ward Brooks Gray James Watson Hughes Price Bennett Wood Barnes Ross Henderson Coleman
      Jenkins Perry Powell Long Patterson Hughes Foster Gardiner Blake McLeod Thompson-Herah Fraser Lyles Kerley
      Bromell Hudson-Smith Merritt Oliver Holloway Warholm Benjamin Muir Asher-Smith Hunter Gayle Forbes`),
  },
  caribbean: {
    male: words(`Usain Yohan Nesta Asafa Kemar Oblique Hansle Rasheed Jereem Deon Julian Jevaughn Rusheen Damion
      Zharnel Kirani Shamar Akeem Omar Ackeem Tyquendo Romell Ronald Rohan Warren Kimani Jaheel Keyon`),
    female: words(`Shelly-Ann Elaine Shericka Veronica Kerron Natoya Briana Danielle Megan Janieve Stephenie-Ann
      Shashalee Christania Anneisha Kimberly Jura Sherone Ristananna Novlene Shaunae Tynia Michelle-Lee Ashley Yanique`),
    family: words(`Bolt Blake Powell Carter Frater Gordon Thompson McLeod Richards Lendore Hinds Bailey Williams
      Jackson Campbell Fraser-Pryce Forbes Stewart Francis Facey Russell Levy Taylor Walker Hylton McPherson
      Gayle Rose Dacres Henry Brown Clarke Morgan Whyte Tracey Anderson Spence Wright Lewis Miller-Uibo`),
  },
  hispanic: {
    male: words(`José Juan Luis Carlos Javier Miguel Alejandro Pedro Diego Sergio Andrés Pablo Jorge Fernando
      Álvaro Adrián Iván Óscar Raúl Rubén Ángel Jesús Mauricio Yoandys Alexis Orlando Roberto Lázaro Yohandris`),
    female: words(`María Ana Laura Lucía Carmen Isabel Marta Yulimar Paula Sofía Elena Beatriz Ángela Natalia
      Yarisley Caterine Yaimé Zurian Roxana Leyanis Liadagmis Aleixa Daisurami Marisleisys Yipsi Nery Mónica`),
    family: words(`García Martínez López Sánchez González Pérez Rodríguez Fernández Gómez Díaz Hernández Álvarez
      Romero Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado
      Castro Ortiz Rubio Marín Sanz Iglesias Núñez Medina Garrido Cortés Castillo Rojas Ibargüen Echevarría Peñalver`),
  },
  lusophone: {
    male: words(`João Pedro Thiago Lucas Rafael Gustavo Felipe Bruno Diogo Tiago Rui Nelson Vítor Luís Paulo
      Alison Augusto Erik Almir Caio Darlan Jadel Francis Hugo`),
    female: words(`Ana Maria Joana Inês Beatriz Mariana Fabiana Thisbe Keila Rosângela Vitória Tânia Naide Patrícia
      Érica Lorena Juliana Geisa Auriol Carolina Jucilene Lívia`),
    family: words(`Silva Santos Oliveira Souza Pereira Costa Ferreira Rodrigues Almeida Carvalho Gomes Ribeiro Martins
      Lopes Sousa Fernandes Gonçalves Moura Évora Pichardo Mamona Murer Barbosa Conceição Nascimento Araújo Cardoso
      Rocha Dias Teixeira Correia Mendes Pinto`),
  },
  french: {
    male: words(`Jean Pierre Nicolas Julien Thomas Antoine Kevin Renaud Jimmy Christophe Mahiedine Pascal Yohann
      Ladji Wilhem Teddy Aurélien Benjamin Romain Hugo Théo Mathieu Stéphane Cyréna Ludvy Gaël Jérôme`),
    female: words(`Marie Sophie Julie Camille Élodie Léa Pauline Alice Manon Chloé Cynthia Eloyse Renelle Floria
      Christine Muriel Marie-José Gwladys Mélina Rénelle Wilhelmina Cyréna Aurélie Amandine Émilie Hélène`),
    family: words(`Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel
      Garcia David Bertrand Roux Vincent Fournier Lavillenie Mekhissi Lemaitre Diniz Mayer Doucouré Pérec Arron
      Bosse Gueï Tamberi Lesueur Fontanive Bonnet Girard Mercier Chevalier Faure Gauthier`),
  },
  german: {
    male: words(`Lukas Jonas Felix Maximilian Niklas Tobias Johannes Florian Robert Julian David Raphael Thomas
      Christoph Kai Andreas Sebastian Jürgen Björn Lars Matthias Torsten`),
    female: words(`Anna Lena Laura Julia Lisa Katharina Gesa Christina Nadine Konstanze Kristin Betty Linda
      Tatjana Alina Gina Jessica Carolin Cindy Ariane Verena Sabine Heike Franziska`),
    family: words(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter
      Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Vetter
      Röhler Harting Mihambo Storl Mayer Weißhaidinger Kaul Pudenz Krause Lückenkemper Klosterhalfen`),
  },
  italian: {
    male: words(`Marco Luca Andrea Matteo Alessandro Davide Lorenzo Francesco Gianmarco Filippo Marcell Fausto
      Leonardo Yeman Stefano Massimo Nicola Simone Riccardo Eseosa Tommaso Giuseppe Paolo`),
    female: words(`Giulia Francesca Chiara Sara Martina Elena Alessia Antonella Larissa Nadia Dalia Gaia Valentina
      Federica Libania Fiona Ottavia Roberta Eleonora Daisy Sofia Anna`),
    family: words(`Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca
      Mancini Costa Giordano Rizzo Lombardi Moretti Tamberi Jacobs Tortu Crippa Fabbri Iapichino Palmisano Stano
      Dallavalle Sibilio Battocletti Del_Buono`),
  },
  nordic: {
    male: words(`Jakob Henrik Karsten Filip Sondre Andreas Erik Lars Magnus Mondo Armand Kristian Daniel Oscar
      Emil Søren Jørgen Ole Andreas Pål Anders Kjetil Torbjørn Mattias Tero`),
    female: words(`Karoline Amalie Mathilde Ingrid Maja Angelica Sofie Ida Wilma Elisabeth Sandra Ebba Emma Linnéa
      Johanna Ella Tonje Sara Hanna Kaisa Annimari`),
    family: words(`Ingebrigtsen Warholm Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen
      Karlsen Berg Haugen Duplantis Ståhl Pettersson Lindqvist Bäckström Grabarz Eriksson Björk Nyström Lindgren
      Øvrebø Halvorsen Sørensen Helander Pitkämäki Thorkildsen Hjelmeset Grøvdal`),
  },
  slavic: {
    male: words(`Ivan Sergey Dmitry Alexei Andriy Mykola Vladimir Yuriy Oleksandr Maksim Artem Bohdan Denys Pavel
      Mikhail Igor Roman Yaroslav Vitaliy Danil Ilya Aleksandr Stanislav Nikita Tomáš Jakub`),
    female: words(`Yelena Anna Mariya Yaroslava Iryna Olena Natalya Tatyana Svetlana Yuliya Kateryna Anzhelika Khrystyna
      Darya Oksana Viktoriya Ekaterina Vita Lyudmila Barbora Zuzana Ivana Kristina Marija`),
    family: words(`Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Mahuchikh Bondarenko
      Kovalenko Shevchenko Tkachenko Lasitskene Isinbayeva Lysenko Zhuk Sidorova Kudryavtsev Melnyk Tymoshenko
      Protsenko Ukhov Shubenkov Špotáková Železný Veselý Kolář Novák Stojanović Perković`),
  },
  polish: {
    male: words(`Łukasz Piotr Paweł Michał Wojciech Marcin Adam Tomasz Krzysztof Jakub Mateusz Patryk Przemysław
      Bartosz Dawid Robert Karol Kacper Szymon Konrad`),
    female: words(`Anna Natalia Justyna Joanna Katarzyna Agnieszka Magdalena Ewa Sofia Pia Iga Aleksandra Malwina
      Kamila Marika Paulina Karolina Adrianna Weronika`),
    family: words(`Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski
      Kozłowski Jankowski Majewski Fajdek Nowicki Włodarczyk Kszczot Lisek Małachowski Swoboda Święty-Ersetic
      Bukowiecki Haratyk Urbanek Sobiera Kiełbasińska`),
  },
  eastafrica: {
    male: words(`Eliud Geoffrey Abel Wilson Emmanuel Timothy Conseslus Benjamin Ezekiel Asbel Nicholas Vincent Ronald
      Daniel Kipyegon Jacob Joshua Joseph Paul Amos Evans Leonard Bernard Stanley Kennedy Isaac Gideon Abraham Edward
      Hillary Moses Titus Brimin Samuel Bethwell Reynold Noah`),
    female: words(`Faith Hellen Beatrice Mary Vivian Agnes Brigid Hyvin Norah Ruth Purity Celliphine Margaret Caroline
      Winnie Sheila Joyciline Peres Emily Edinah Mercy Gladys Irine Jackline Eunice Pamela Nancy Janeth Diana Esther`),
    family: words(`Kipchoge Kamworor Kiplagat Kipruto Kemboi Kiprop Kigen Kiptum Cheruiyot Chepkoech Chebet Jepchirchir
      Kipkemboi Kirui Korir Koech Kosgei Rotich Rono Ruto Tanui Tergat Wanjiru Yego Bett Birech Chelimo Cheptegei
      Kiplimo Kiprotich Serem Kibiwott Kiptanui Langat Mutai Ngeny Obiri Rudisha Sang Kibet Keitany Chepngetich
      Lagat Kibiwot Kimeli Kiprono Kiptoo Kosgey Lelei Mosop Ndiku`),
  },
  ethiopian: {
    male: words(`Kenenisa Haile Tamirat Selemon Yomif Getaneh Hagos Berihu Lamecha Muktar Dejen Tadese Samuel Lelisa
      Mosinet Ibrahim Tilahun Sisay Birhanu Kinde Tsegaye Solomon Abadi Milkesa Telahun Yemaneberhan Bereket`),
    female: words(`Tirunesh Meseret Genzebe Almaz Letesenbet Gudaf Dibaba Tigist Sifan Ejegayehu Gotytom Werkuha
      Freweyni Lemlem Tsehay Ababel Birtukan Mestawet Senbere Workitu Aselefech Zerfe Fantu Yalemzerf Hiwot`),
    family: words(`Bekele Gebrselassie Barega Kejelcha Tola Girma Aregawi Edris Gebremeskel Tadese Lemma Legese Dibaba
      Defar Ayana Tsegay Gidey Worku Teferi Yehualaw Yeshaneh Gebrhiwet Berhe Alemu Hailu Mekonnen Negasa Wolde
      Kebede Desisa Getachew Firewu Girma Tefera Abera Tura`),
  },
  westafrica: {
    male: words(`Oluwaseun Divine Enoch Ferdinand Favour Udodi Raymond Arthur Benjamin Chidi Olusoji Blessing Ogho
      Usheoritse Seye Gift Emmanuel Sean Kwame Kofi Joseph Abdul Ismael Mamadou Moussa`),
    female: words(`Blessing Tobi Grace Rosemary Ese Favour Ruth Regina Abigail Patience Chioma Mary Janet Oluwatobiloba
      Aminatou Marie-Josée Gina Joy Esther Ifeoma Nzubechi Adaeze Funmilayo Mercy`),
    family: words(`Okagbare Amusan Brume Oduduru Ogunlewe Adegoke Ekevwo Ujah Onyekwere Nwokocha Ofili Oboya Asher
      Ofili Duah Saidy Ta_Lou Kone Diallo Traoré Sow Ndiaye Ba Diop Cissé Amoah Azamati Saminu Dadzie Agyeman
      Mensah Asante Owusu Boateng Osei`),
  },
  arabic: {
    male: words(`Mohamed Ahmed Soufiane Abdelaati Youssef Hicham Mutaz Abderrahman Yassine Anas Abdellatif Taoufik
      Fouad Brahim Karim Omar Mahmoud Hamza Said Mustapha Abdalelah Othmane Ilias Rachid Nouh`),
    female: words(`Hasna Nawal Fatima Malika Mariam Soukaina Rababe Salwa Hanane Siham Amina Nadia Meriem Samira
      Yasmina Leila Hajar Khadija Souad Zahra`),
    family: words(`El_Bakkali El_Guerrouj Iguider Barshim Benjamin Boulami Lahlou Bouabdellah Makhloufi El_Idrissi
      Rouissi Saladi Fofana Haroun Samaha Ben_Youssef Sghyr Arrhoum El_Kaam Tindouft Gharib Zahri Benhassi
      Bidouane Moussaoui Belkacem Mansouri Amri Jabri Hassan Haddad Khalil Nasser Salem`),
  },
  japanese: {
    male: words(`Ryota Yuki Takashi Kenji Sho Hiroki Daichi Yoshihide Abdul Shota Koki Kazuki Shunsuke Yuta Hayato
      Ryuji Naoto Daiki Sora Haruto Kento Yusuke Akira Masato`),
    female: words(`Hitomi Yuka Mizuki Ai Haruka Nozomi Sayaka Rina Mao Kaede Airi Misaki Nanako Ayaka Yui Honoka Saki
      Mei Rio Ririka Yume Akane`),
    family: words(`Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki
      Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Kiryu Tada Koike Sani_Brown Osako Hashioka Kitaguchi Tabata
      Nakano Fujii Mori Ikeda Hashimoto Ishikawa Ogawa`),
  },
  chinese: {
    male: words(`Wei Jun Lei Tao Bingtian Zhenye Guowei Xiang Yaqi Bo Changzhou Jianan Yuhao Lin Peng Hao Zhe Xinyi
      Zhiwei Yang Long Chen Kai Rui`),
    female: words(`Lijiao Gong Yuan Xiaoxiao Shiying Bin Lingwei Qianqian Manqi Yingying Hui Jing Ling Yan Xue Mei
      Ting Na Xin Yu Yanan Jiali`),
    family: words(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Su Xie Liang
      Song Tang Xu Han Feng Deng Cao`),
  },
  turkish: {
    male: words(`Ramil Ali Mehmet Emre Yasmani Jak Kaan Ersu Yavuz Batuhan İlham Polat Necati Serkan Oğuzhan Halil`),
    female: words(`Elif Yasemin Meryem Tuğba Emel Eda Şeyma Buse Nevin Özlem Ayşe Zeynep Kübra`),
    family: words(`Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin
      Guliyev Copello Şaşma Tanui Kurt Özkan Polat Erdoğan`),
  },
  dutch: {
    male: words(`Jeroen Thijs Bram Niels Tim Sven Lars Jorrit Menno Liemarvin Churandy Taymir Mike Pieter Koen Jesse`),
    female: words(`Femke Lieke Dafne Sifan Nadine Lotte Anouk Jessica Marije Nadia Maureen Laura Zoë Anne Eline Noor`),
    family: words(`de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos
      Vos Peters Hendriks Schippers Bol Klaver Martina Burghardt Koffeman Kamga van_Hunenstijn`),
  },
};
