using Catalogue.Domain.Model;

namespace Catalogue.Domain.Samples;

public static partial class DemoCatalogue
{
    /// <summary>A demo record and whether the seed publishes it (one stays a draft, to show drafts are private).</summary>
    public sealed record DemoRecord(DatasetRecord Record, bool Publish);

    public static IReadOnlyList<DemoRecord> Records() =>
    [
        new(Melanoma(), true), new(EmergencyVisits(), true), new(CovidCohort(), true), new(RareDiseases(), true),
        new(HospitalWarehouse(), true), new(SyntheticSnds(), true), new(CancerIncidence(), true), new(Perinatal(), true),
        new(MentalHealthDraft(), false),
    ];

    private static DatasetRecord Open(Guid id, Guid org, string slug, string titleFr, string titleEn, string descFr, string descEn)
    {
        var r = new DatasetRecord
        {
            Id = id, Slug = slug, Identifier = $"https://catalogue.health-data-hub.fr/datasets/{slug}", OrganizationId = org,
            Title = LocalizedText.Of(titleFr, titleEn), Description = LocalizedText.Of(descFr, descEn),
            AccessRights = AccessLevel.Public, Licenses = ["etalab-2.0", "CC-BY-4.0"], Themes = ["HEAL"], Languages = ["FRA"],
            Hdab = HdhAccessBody(), Frequency = "ANNUAL", SpatialCoverage = ["country:fr"], SpatialGranularity = "country",
            Version = "1.0", DatasetTypes = ["STATISTICAL"],
            Anonymisation = new Anonymisation
            {
                Attested = true, AttestedBy = "Délégué à la protection des données du producteur", AttestationDate = new DateOnly(2024, 3, 1),
                Method = "Agrégation, suppression des petits effectifs (< 11), généralisation des dates",
                Individualisation = Low("Aucun enregistrement ne correspond à une personne.", "No row corresponds to a person."),
                Correlation = Low("Les agrégats ne peuvent être reliés à d'autres sources nominatives.", "Aggregates cannot be linked to identifying sources."),
                Inference = Low("Les petits effectifs sont masqués : aucune inférence sur un individu.", "Small counts are suppressed: no inference about an individual."),
            },
            ContactPoint = new ContactPoint { Name = "Équipe open data", Email = "opendata@health-data-hub.fr" },
            Custodian = new Agent { Name = "Health Data Hub", Ror = "https://ror.org/05j5gx556", ContactPoint = new ContactPoint { Email = "opendata@health-data-hub.fr" } },
            Creators = [new Agent { Name = "Health Data Hub", Ror = "https://ror.org/05j5gx556" }],
            Purposes = [LocalizedText.Of("Recherche, études et évaluation en santé publique", "Research, studies and evaluation in public health")],
            LegalBasis = [LocalizedText.Of("Mission d'intérêt public (RGPD art. 6.1.e)", "Public interest task (GDPR art. 6(1)(e))")],
            LandingPage = $"https://catalogue.health-data-hub.fr/datasets/{slug}",
        };
        return r;
    }

    private static DatasetRecord Melanoma()
    {
        var r = Open(new("d5e70000-0000-4000-8000-000000000001"), Hcl, "melanome-dermoscopie-data-challenge",
            "Base d'images dermoscopiques de mélanomes pour un data challenge",
            "Dermoscopic melanoma image base for a data challenge",
            "Images dermoscopiques de lésions pigmentées, annotées par des dermatologues (mélanome / naevus / kératose), constituées pour le data challenge du Health Data Hub. Les images sont dépourvues de métadonnées identifiantes et chaque lésion est rattachée à un identifiant aléatoire.",
            "Dermoscopic images of pigmented lesions annotated by dermatologists (melanoma / naevus / keratosis), assembled for a Health Data Hub data challenge. Images carry no identifying metadata; each lesion has a random identifier.");
        r.Keywords = new LocalizedList { ["fr"] = ["mélanome", "dermatologie", "imagerie", "data challenge", "intelligence artificielle"], ["en"] = ["melanoma", "dermatology", "imaging"] };
        r.HealthCategories = ["PGEH", "EHRS"];
        r.HealthThemes = ["CANCER_DISEASE"];
        r.DatasetTypes = ["TEST_DATA"];
        r.ConformsTo = ["DICOM"];
        r.CodingSystems = ["ICD-O"];
        r.CodeValues = ["8720/3"];
        r.Frequency = "NEVER";
        r.TemporalCoverage = [new PeriodOfTime { Start = new DateOnly(2016, 1, 1), End = new DateOnly(2021, 12, 31) }];
        r.NumberOfRecords = 25331; r.NumberOfUniqueIndividuals = 11874; r.MinTypicalAge = 18; r.MaxTypicalAge = 90;
        r.PopulationCoverage = LocalizedText.Of("Patients adultes vus en consultation de dermatologie aux HCL", "Adult patients seen in dermatology at HCL");
        r.GeneratedBy = "HOSPITAL_RECORDS";
        r.SpatialCoverage = ["fr:region:84"]; r.SpatialGranularity = "fr:region";
        r.Documentation = Docs(
            "Chaque image est une lésion ; le libellé de référence est le diagnostic histologique ou le consensus de trois dermatologues.",
            "Images acquises en routine de soins (dermatoscopes Heine et FotoFinder) au service de dermatologie des HCL, sélectionnées puis relues pour le data challenge.",
            "Images TIFF 1024×1024 réparties en deux parties par année d'acquisition, plus un fichier CSV d'annotations (une ligne par image).",
            "Erreurs connues : environ 2 % de libellés discordants entre relecteurs ; sur-représentation des phototypes clairs ; pas de suivi longitudinal.",
            "Base figée : aucune mise à jour prévue ; les corrections de libellés sont publiées comme nouvelle version.");
        r.DataDictionary =
        [
            new DataTable
            {
                Name = "annotations", Title = LocalizedText.Of("Annotations des images", "Image annotations"), Description = LocalizedText.Of("Une ligne par image.", "One row per image."),
                Variables =
                [
                    Var("image_id", "string", "Identifiant aléatoire de l'image", "Random image identifier"),
                    Var("diagnostic", "string", "Diagnostic de référence", "Reference diagnosis", null, "ICD-O", ("8720/3", "Mélanome malin"), ("8720/0", "Naevus pigmentaire"), ("8052/0", "Kératose séborrhéique")),
                    Var("age_classe", "string", "Classe d'âge (10 ans)", "Age band (10 years)"),
                    Var("sexe", "string", "Sexe", "Sex", null, null, ("1", "Homme"), ("2", "Femme")),
                    Var("localisation", "string", "Localisation anatomique", "Anatomical site"),
                    Var("annee_acquisition", "year", "Année d'acquisition", "Acquisition year"),
                ],
            },
        ];
        r.Distributions =
        [
            File("Images 2016–2018 (partie 1/2)", "https://files.health-data-hub.fr/melanome/images-2016-2018.tar", "TAR", 1_850_000_000, DistributionRole.Part,
                "Images TIFF acquises de 2016 à 2018, hébergées par le Health Data Hub (fichier de plus de 1 Go)."),
            File("Images 2019–2021 (partie 2/2)", "https://files.health-data-hub.fr/melanome/images-2019-2021.tar", "TAR", 2_140_000_000, DistributionRole.Part,
                "Images TIFF acquises de 2019 à 2021, hébergées par le Health Data Hub (fichier de plus de 1 Go)."),
            File("Échantillon de 200 images", "https://files.health-data-hub.fr/melanome/echantillon.zip", "ZIP", 48_000_000, DistributionRole.Sample),
            File("Annotations", "https://files.health-data-hub.fr/melanome/annotations.csv", "CSV", 1_900_000),
            File("Documentation de la base", "https://files.health-data-hub.fr/melanome/documentation.pdf", "PDF", 850_000, DistributionRole.Documentation),
        ];
        r.Distributions[0].SplitCriterion = "année d'acquisition"; r.Distributions[0].SplitValue = "2016-2018"; r.Distributions[0].PartIndex = 1;
        r.Distributions[1].SplitCriterion = "année d'acquisition"; r.Distributions[1].SplitValue = "2019-2021"; r.Distributions[1].PartIndex = 2;
        r.Distributions[0].Checksum = new Checksum { Algorithm = "sha256", Value = "3f7a0c1e9b2d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60" };
        r.Distributions[1].Checksum = new Checksum { Algorithm = "sha256", Value = "9c1e2d3f4a5b6c7d8e9f00112233445566778899aabbccddeeff001122334455" };
        r.IsReferencedBy = ["https://doi.org/10.1038/sdata.2018.161"];
        return r;
    }

    private static DatasetRecord EmergencyVisits()
    {
        var r = Open(new("d5e70000-0000-4000-8000-000000000002"), Spf, "passages-urgences-oscour",
            "Passages aux urgences (réseau OSCOUR®) par département et semaine",
            "Emergency department visits (OSCOUR® network) by department and week",
            "Nombre hebdomadaire de passages aux urgences hospitalières par département, classe d'âge et grand regroupement diagnostique, issu du réseau OSCOUR® de Santé publique France. Les effectifs inférieurs à 11 sont masqués.",
            "Weekly number of hospital emergency department visits by department, age group and diagnostic group, from Santé publique France's OSCOUR® network. Counts below 11 are suppressed.");
        r.Keywords = new LocalizedList { ["fr"] = ["urgences", "surveillance syndromique", "OSCOUR", "hôpital"], ["en"] = ["emergency", "syndromic surveillance"] };
        r.HealthCategories = ["PHDR", "EHRS"];
        r.HealthThemes = ["HEALTH_SYSTEMS", "EMERGENCY_SETTINGS"];
        r.CodingSystems = ["ICD-10"];
        r.Frequency = "WEEKLY";
        r.TemporalResolution = "P7D";
        r.TemporalCoverage = [new PeriodOfTime { Start = new DateOnly(2019, 1, 1) }];
        r.SpatialGranularity = "fr:departement";
        r.NumberOfRecords = 1_240_000; r.MinTypicalAge = 0; r.MaxTypicalAge = 110;
        r.PopulationCoverage = LocalizedText.Of("Passages dans 97 % des services d'urgence de France", "Visits in 97% of French emergency departments");
        r.GeneratedBy = "HEALTH_SURVEILLANCE";
        r.Creators = [new Agent { Name = "Santé publique France" }];
        r.Documentation = Docs(
            "Un enregistrement compte les passages d'une semaine ISO, d'un département, d'une classe d'âge et d'un regroupement diagnostique.",
            "Résumés de passage aux urgences (RPU) transmis quotidiennement par les établissements au réseau OSCOUR®, agrégés par Santé publique France.",
            "Un fichier CSV (séparateur point-virgule, UTF-8) par année ; une ligne par semaine × département × âge × diagnostic.",
            "Le taux de codage diagnostique varie selon les établissements (de 60 à 99 %) ; les semaines récentes sont consolidées pendant un mois.",
            "Mise à jour chaque mardi avec la semaine écoulée ; les quatre dernières semaines peuvent être révisées.");
        r.DataDictionary =
        [
            new DataTable
            {
                Name = "passages", Title = LocalizedText.Of("Passages hebdomadaires", "Weekly visits"), Description = LocalizedText.Of("Agrégats hebdomadaires.", "Weekly aggregates."),
                Variables =
                [
                    Var("semaine", "string", "Semaine ISO (AAAA-Www)", "ISO week"),
                    Var("departement", "string", "Code département INSEE", "INSEE department code"),
                    Var("classe_age", "string", "Classe d'âge", "Age group", null, null, ("0-14", "0 à 14 ans"), ("15-74", "15 à 74 ans"), ("75+", "75 ans et plus")),
                    Var("regroupement_cim10", "string", "Regroupement diagnostique CIM-10", "ICD-10 diagnostic group", null, "ICD-10"),
                    Var("nb_passages", "integer", "Nombre de passages", "Number of visits", "passages"),
                    Var("nb_hospitalisations", "integer", "Nombre d'hospitalisations après passage", "Admissions after the visit", "hospitalisations"),
                ],
            },
        ];
        r.Distributions =
        [
            File("Passages 2019–2024", "https://files.santepubliquefrance.fr/oscour/passages.csv", "CSV", 96_000_000),
            File("Échantillon (une semaine)", "https://files.santepubliquefrance.fr/oscour/echantillon.csv", "CSV", 80_000, DistributionRole.Sample),
            File("Note méthodologique", "https://files.santepubliquefrance.fr/oscour/methodologie.pdf", "PDF", 420_000, DistributionRole.Documentation),
        ];
        return r;
    }

    private static DatasetRecord SyntheticSnds()
    {
        var r = Open(new("d5e70000-0000-4000-8000-000000000006"), Hdh, "echantillon-synthetique-snds",
            "Échantillon synthétique du SNDS (consommations de soins)",
            "Synthetic SNDS sample (healthcare consumption)",
            "Jeu de données entièrement synthétique reproduisant la structure des tables DCIR et PMSI du Système national des données de santé (SNDS), pour se former et développer des programmes sans accéder aux données réelles.",
            "Fully synthetic dataset reproducing the structure of the DCIR and PMSI tables of the French national health data system (SNDS), for training and developing code without access to real data.");
        r.Keywords = new LocalizedList { ["fr"] = ["SNDS", "données synthétiques", "DCIR", "PMSI", "formation"], ["en"] = ["synthetic data", "claims"] };
        r.HealthCategories = ["HRAD"];
        r.HealthThemes = ["HEALTH_SYSTEMS"];
        r.DatasetTypes = ["SYNTHETIC_DATA"];
        r.CodingSystems = ["ICD-10", "ATC"];
        r.Frequency = "IRREG";
        r.TemporalCoverage = [new PeriodOfTime { Start = new DateOnly(2020, 1, 1), End = new DateOnly(2020, 12, 31) }];
        r.NumberOfRecords = 3_000_000; r.NumberOfUniqueIndividuals = 0;
        r.PopulationCoverage = LocalizedText.Of("Population fictive de 100 000 bénéficiaires", "Fictitious population of 100,000 beneficiaries");
        r.GeneratedBy = "MODELS_SIMULATIONS";
        r.Creators = [new Agent { Name = "Health Data Hub" }, new Agent { Name = "Caisse nationale de l'Assurance Maladie" }];
        r.Documentation = Docs(
            "Les valeurs sont tirées de distributions marginales publiques : elles ne décrivent aucune personne réelle.",
            "Généré par le Health Data Hub à partir du schéma formel du SNDS (schema-snds) et de statistiques agrégées publiées par la CNAM.",
            "Tables CSV reproduisant les noms et types de colonnes du SNDS (ER_PRS_F, ER_PHA_F, T_MCO_B…).",
            "Les corrélations entre tables ne sont pas réalistes ; ne pas en tirer de conclusions épidémiologiques.",
            "Nouvelle génération à chaque évolution majeure du schéma SNDS.");
        r.Anonymisation.Method = "Données synthétiques : aucune donnée réelle n'est utilisée pour générer les lignes.";
        r.DataDictionary =
        [
            new DataTable
            {
                Name = "ER_PRS_F", Title = LocalizedText.Of("Prestations", "Services"), Description = LocalizedText.Of("Table des prestations du DCIR.", "DCIR services table."),
                Variables =
                [
                    Var("BEN_NIR_PSA", "string", "Identifiant pseudonymisé du bénéficiaire", "Pseudonymised beneficiary id"),
                    Var("EXE_SOI_DTD", "date", "Date de début d'exécution des soins", "Care start date"),
                    Var("PRS_NAT_REF", "integer", "Nature de prestation de référence", "Service type"),
                    Var("PRS_PAI_MNT", "number", "Montant de la prestation", "Amount paid", "EUR"),
                ],
            },
            new DataTable
            {
                Name = "ER_PHA_F", Title = LocalizedText.Of("Pharmacie", "Pharmacy"), Description = LocalizedText.Of("Délivrances de médicaments.", "Drug dispensing."),
                Variables =
                [
                    Var("PHA_PRS_C13", "string", "Code CIP13 du médicament", "CIP13 drug code"),
                    Var("PHA_ATC_C07", "string", "Classe ATC", "ATC class", null, "ATC"),
                    Var("PHA_ACT_QSN", "integer", "Quantité délivrée", "Quantity dispensed", "boîtes"),
                ],
            },
        ];
        r.Distributions =
        [
            File("Tables DCIR synthétiques", "https://files.health-data-hub.fr/snds-synthetique/dcir.csv", "CSV", 640_000_000),
            File("Échantillon de 1 000 lignes", "https://files.health-data-hub.fr/snds-synthetique/echantillon.csv", "CSV", 120_000, DistributionRole.Sample),
            File("Schéma formel (Table Schema)", "https://files.health-data-hub.fr/snds-synthetique/schema.json", "JSON", 40_000, DistributionRole.Documentation),
        ];
        return r;
    }

    private static DatasetRecord CancerIncidence()
    {
        var r = Open(new("d5e70000-0000-4000-8000-000000000007"), Spf, "incidence-cancers-registres-francim",
            "Incidence des cancers estimée à partir des registres (réseau Francim)",
            "Cancer incidence estimated from registries (Francim network)",
            "Estimations nationales d'incidence et de mortalité par cancer, par localisation, sexe et classe d'âge quinquennale, issues des registres des cancers du réseau Francim, de Santé publique France, de l'INCa et des Hospices Civils de Lyon.",
            "National estimates of cancer incidence and mortality by site, sex and five-year age group, from the Francim cancer registries, Santé publique France, INCa and Hospices Civils de Lyon.");
        r.Keywords = new LocalizedList { ["fr"] = ["cancer", "incidence", "registres", "Francim"], ["en"] = ["cancer", "incidence", "registry"] };
        r.HealthCategories = ["PHDR", "IDHP"];
        r.HealthThemes = ["CANCER_DISEASE", "NONCOMMUNICABLE_DISEASES"];
        r.CodingSystems = ["ICD-O", "ICD-10"];
        r.Frequency = "QUINQUENNIAL";
        r.TemporalCoverage = [new PeriodOfTime { Start = new DateOnly(1990, 1, 1), End = new DateOnly(2023, 12, 31) }];
        r.NumberOfRecords = 52_000; r.MinTypicalAge = 0; r.MaxTypicalAge = 95;
        r.PopulationCoverage = LocalizedText.Of("France métropolitaine, extrapolée des départements couverts par un registre (24 % de la population)", "Metropolitan France, extrapolated from registry areas (24% of the population)");
        r.GeneratedBy = "HEALTH_REGISTRIES";
        r.Documentation = Docs(
            "Nombre de nouveaux cas et de décès estimés par an, avec intervalles de confiance.",
            "Modélisation statistique de l'incidence observée dans les registres et de la mortalité nationale (CépiDc).",
            "Un fichier CSV, une ligne par année × localisation × sexe × âge.",
            "Les estimations des années récentes sont des projections ; les intervalles de confiance sont larges pour les cancers rares.",
            "Mise à jour tous les cinq ans avec la nouvelle estimation nationale.");
        r.DataDictionary =
        [
            new DataTable
            {
                Name = "incidence", Title = LocalizedText.Of("Incidence et mortalité", "Incidence and mortality"), Description = LocalizedText.Of("Estimations annuelles.", "Yearly estimates."),
                Variables =
                [
                    Var("annee", "year", "Année", "Year"),
                    Var("localisation", "string", "Localisation du cancer", "Cancer site", null, "ICD-O"),
                    Var("sexe", "string", "Sexe", "Sex", null, null, ("1", "Homme"), ("2", "Femme")),
                    Var("classe_age", "string", "Classe d'âge quinquennale", "Five-year age group"),
                    Var("cas_estimes", "number", "Nombre de cas estimés", "Estimated cases", "cas"),
                    Var("deces_estimes", "number", "Nombre de décès estimés", "Estimated deaths", "décès"),
                ],
            },
        ];
        r.Distributions =
        [
            File("Estimations 1990–2023", "https://files.santepubliquefrance.fr/francim/incidence.csv", "CSV", 6_400_000),
            File("Échantillon", "https://files.santepubliquefrance.fr/francim/echantillon.csv", "CSV", 12_000, DistributionRole.Sample),
            File("Rapport méthodologique", "https://files.santepubliquefrance.fr/francim/methodes.pdf", "PDF", 2_300_000, DistributionRole.Documentation),
        ];
        return r;
    }
}
