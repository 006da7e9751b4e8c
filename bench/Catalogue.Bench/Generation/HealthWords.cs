namespace Catalogue.Bench.Generation;

/// <summary>
/// French health vocabulary the generated titles, descriptions, keywords and variables are drawn from.
/// Free text only: every code of a record comes from the catalogue's vocabulary tables, never from here.
/// </summary>
public static class HealthWords
{
    /// <summary>What a base is about (subject of the title), with its English gloss.</summary>
    public static readonly (string Fr, string En)[] Subjects =
    [
        ("Passages aux urgences", "Emergency department visits"), ("Hospitalisations", "Hospital stays"),
        ("Consommation de médicaments", "Drug consumption"), ("Vaccination antigrippale", "Influenza vaccination"),
        ("Incidence des cancers", "Cancer incidence"), ("Mortalité par cause", "Cause-specific mortality"),
        ("Naissances et périnatalité", "Births and perinatal health"), ("Santé mentale des adolescents", "Adolescent mental health"),
        ("Maladies rares", "Rare diseases"), ("Diabète de type 2", "Type 2 diabetes"), ("Insuffisance cardiaque", "Heart failure"),
        ("Accidents vasculaires cérébraux", "Strokes"), ("Dépistage du cancer du sein", "Breast cancer screening"),
        ("Infections nosocomiales", "Healthcare-associated infections"), ("Résistance aux antibiotiques", "Antimicrobial resistance"),
        ("Qualité de l'air et asthme", "Air quality and asthma"), ("Consultations de médecine générale", "General practice consultations"),
        ("Séjours en soins de suite", "Post-acute care stays"), ("Dialyse et greffe rénale", "Dialysis and kidney transplant"),
        ("Imagerie médicale", "Medical imaging"), ("Actes de chirurgie ambulatoire", "Day surgery procedures"),
        ("Surveillance de la grippe", "Influenza surveillance"), ("Covid-19 en réanimation", "Covid-19 in intensive care"),
        ("Addictions et tabagisme", "Addictions and smoking"), ("Nutrition et obésité", "Nutrition and obesity"),
        ("Santé au travail", "Occupational health"), ("Vieillissement et dépendance", "Ageing and dependency"),
        ("Maladies infectieuses à déclaration obligatoire", "Notifiable infectious diseases"), ("Santé bucco-dentaire", "Oral health"),
        ("Troubles du spectre autistique", "Autism spectrum disorders"), ("Interruptions volontaires de grossesse", "Abortions"),
        ("Suicides et tentatives de suicide", "Suicides and suicide attempts"), ("Maladie d'Alzheimer", "Alzheimer's disease"),
        ("Sclérose en plaques", "Multiple sclerosis"), ("Mélanomes cutanés", "Cutaneous melanomas"), ("Hépatites virales", "Viral hepatitis"),
    ];

    /// <summary>How the data was collected (second half of the title).</summary>
    public static readonly (string Fr, string En)[] Sources =
    [
        ("issus du PMSI", "from the PMSI hospital discharge data"), ("d'après le SNDS", "from the SNDS"),
        ("du réseau OSCOUR", "from the OSCOUR network"), ("d'une cohorte nationale", "from a national cohort"),
        ("d'un entrepôt de données hospitalier", "from a hospital data warehouse"), ("des registres régionaux", "from regional registries"),
        ("d'une enquête en population générale", "from a general-population survey"), ("du CépiDc", "from CépiDc"),
        ("des certificats de santé de l'enfant", "from child health certificates"), ("d'un essai clinique", "from a clinical trial"),
    ];

    public static readonly (string Fr, string En)[] Breakdowns =
    [
        ("par département et année", "by department and year"), ("par région et semaine", "by region and week"),
        ("par classe d'âge et sexe", "by age group and sex"), ("par établissement", "by hospital"),
        ("par commune", "by municipality"), ("par mois", "by month"), ("par pathologie", "by condition"),
    ];

    public static readonly string[] Keywords =
    [
        "santé publique", "épidémiologie", "hôpital", "urgences", "cancer", "cardiologie", "pédiatrie", "gériatrie",
        "vaccination", "médicament", "pharmacovigilance", "registre", "cohorte", "enquête", "mortalité", "morbidité",
        "périnatalité", "santé mentale", "addictologie", "nutrition", "obésité", "diabète", "infection", "antibiorésistance",
        "imagerie", "génomique", "maladies rares", "dépistage", "prévention", "soins primaires", "médecine générale",
        "handicap", "dépendance", "environnement", "pollution", "travail", "inégalités sociales", "territoires",
        "données synthétiques", "intelligence artificielle", "Covid-19", "grippe", "asthme", "allergie", "sommeil",
    ];

    public static readonly string[] Sentences =
    [
        "Les effectifs inférieurs à 11 sont masqués pour garantir l'anonymat.",
        "Les données sont consolidées chaque trimestre et les dernières périodes peuvent être révisées.",
        "Le codage diagnostique suit la classification internationale des maladies.",
        "Les taux sont standardisés sur la population française de référence.",
        "La couverture est nationale, départements et régions d'outre-mer compris.",
        "Une documentation détaillée décrit la méthodologie de collecte et les limites connues.",
        "Les variables sont décrites dans un dictionnaire de données avec leurs unités et listes de codes.",
        "Les établissements participants transmettent leurs données selon un format commun.",
        "Les séries antérieures ont été rétropolées après le changement de nomenclature.",
        "Un échantillon permet d'explorer la structure des fichiers avant toute demande d'accès.",
        "Les identifiants des personnes sont pseudonymisés de façon irréversible.",
        "La qualité des données est contrôlée par des règles de cohérence automatiques.",
    ];

    /// <summary>Variable stems: name, type, French title, English title, unit.</summary>
    public static readonly (string Name, string Type, string Fr, string En, string? Unit)[] Variables =
    [
        ("annee", "year", "Année", "Year", null), ("mois", "integer", "Mois", "Month", null), ("semaine", "string", "Semaine ISO", "ISO week", null),
        ("date_debut", "date", "Date de début", "Start date", null), ("date_fin", "date", "Date de fin", "End date", null),
        ("departement", "string", "Code département", "Department code", null), ("region", "string", "Code région", "Region code", null),
        ("commune", "string", "Code commune INSEE", "INSEE municipality code", null), ("sexe", "string", "Sexe", "Sex", null),
        ("classe_age", "string", "Classe d'âge", "Age group", null), ("age", "integer", "Âge", "Age", "années"),
        ("diagnostic_principal", "string", "Diagnostic principal", "Main diagnosis", null), ("diagnostic_associe", "string", "Diagnostic associé", "Associated diagnosis", null),
        ("acte", "string", "Acte réalisé", "Procedure", null), ("medicament", "string", "Médicament délivré", "Dispensed drug", null),
        ("nb_sejours", "integer", "Nombre de séjours", "Number of stays", "séjours"), ("nb_patients", "integer", "Nombre de patients", "Number of patients", "patients"),
        ("nb_deces", "integer", "Nombre de décès", "Number of deaths", "décès"), ("taux_incidence", "number", "Taux d'incidence", "Incidence rate", "pour 100 000"),
        ("taux_standardise", "number", "Taux standardisé", "Standardised rate", "pour 100 000"), ("duree_sejour", "number", "Durée moyenne de séjour", "Mean length of stay", "jours"),
        ("poids", "number", "Poids", "Weight", "kg"), ("taille", "number", "Taille", "Height", "cm"), ("imc", "number", "Indice de masse corporelle", "Body mass index", "kg/m2"),
        ("tension_systolique", "integer", "Pression artérielle systolique", "Systolic blood pressure", "mmHg"),
        ("glycemie", "number", "Glycémie à jeun", "Fasting glucose", "g/L"), ("hba1c", "number", "Hémoglobine glyquée", "HbA1c", "%"),
        ("etablissement", "string", "Identifiant FINESS de l'établissement", "FINESS facility id", null), ("mode_entree", "string", "Mode d'entrée", "Admission mode", null),
        ("mode_sortie", "string", "Mode de sortie", "Discharge mode", null), ("gravite", "string", "Niveau de gravité", "Severity level", null),
        ("montant_rembourse", "number", "Montant remboursé", "Amount reimbursed", "EUR"), ("quantite", "integer", "Quantité délivrée", "Quantity dispensed", "boîtes"),
        ("statut_vaccinal", "boolean", "Statut vaccinal", "Vaccination status", null), ("resultat_test", "string", "Résultat du test", "Test result", null),
        ("score_qualite_vie", "number", "Score de qualité de vie", "Quality-of-life score", "points"), ("fumeur", "boolean", "Fumeur", "Smoker", null),
        ("categorie_socio", "string", "Catégorie socioprofessionnelle", "Occupational category", null), ("niveau_etude", "string", "Niveau d'études", "Education level", null),
        ("identifiant_pseudo", "string", "Identifiant pseudonymisé", "Pseudonymised identifier", null), ("horodatage", "datetime", "Horodatage", "Timestamp", null),
        ("duree_exposition", "duration", "Durée d'exposition", "Exposure duration", null), ("coordonnees", "geopoint", "Coordonnées", "Coordinates", null),
    ];

    public static readonly string[] TableNames =
        ["sejours", "patients", "actes", "delivrances", "deces", "consultations", "indicateurs", "mesures", "questionnaire", "vaccinations", "resultats", "etablissements"];

    /// <summary>The words a search benchmark rotates over: folded stems that occur in generated text.</summary>
    public static IEnumerable<string> SearchTerms() =>
        Keywords.Concat(Subjects.Select(s => s.Fr)).SelectMany(k => k.Split(' ', '\'', '-'))
            .Where(w => w.Length >= 5).Select(Catalogue.Domain.Model.RecordDefaults.Fold).Select(w => w.Trim()).Distinct();
}
