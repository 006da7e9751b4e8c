using Catalogue.Domain.Model;

namespace Catalogue.Domain.Samples;

public static partial class DemoCatalogue
{
    /// <summary>A record whose data is reached through the HDAB, not downloaded: no anonymity claim, an access request URL.</summary>
    private static DatasetRecord Controlled(Guid id, Guid org, string slug, AccessLevel level, string titleFr, string titleEn, string descFr, string descEn)
    {
        var r = Open(id, org, slug, titleFr, titleEn, descFr, descEn);
        r.AccessRights = level;
        r.Licenses = [];
        r.Anonymisation = new Anonymisation();
        r.AccessRequestUrl = "https://www.health-data-hub.fr/depot";
        r.DatasetTypes = ["STATISTICAL"];
        r.PersonalDataCategories = ["HealthRecord", "Age", "Gender"];
        r.LegalBasis = [LocalizedText.Of("Autorisation CNIL (article 66 de la loi Informatique et Libertés)", "CNIL authorisation (French Data Protection Act, art. 66)")];
        r.RetentionPeriod = new PeriodOfTime { Start = new DateOnly(2020, 1, 1), End = new DateOnly(2040, 12, 31) };
        return r;
    }

    private static Distribution AccessPoint(string title, string url) => new()
    {
        Id = Guid.NewGuid(), Title = LocalizedText.Of(title), Description = LocalizedText.Of("Accès sur autorisation, via la plateforme sécurisée : " + title + "."),
        AccessUrl = url, Format = "HTML", MediaType = "text/html", Role = DistributionRole.Main, IsRemote = true, Status = "COMPLETED", Availability = "STABLE",
    };

    private static DatasetRecord CovidCohort()
    {
        var r = Controlled(new("d5e70000-0000-4000-8000-000000000003"), Inserm, "cohorte-epicov", AccessLevel.Restricted,
            "EpiCov – Épidémiologie et conditions de vie liées au Covid-19",
            "EpiCov – Epidemiology and living conditions during Covid-19",
            "Enquête en population générale (cohorte de 135 000 personnes interrogées en trois vagues, avec prélèvements sérologiques) sur la diffusion du SARS-CoV-2 et les conditions de vie pendant l'épidémie. Données individuelles pseudonymisées, accessibles au Centre d'accès sécurisé aux données (CASD).",
            "General-population survey (cohort of 135,000 people interviewed in three waves, with serology) on the spread of SARS-CoV-2 and living conditions during the epidemic. Pseudonymised individual data, reached through the CASD secure access centre.");
        r.Keywords = new LocalizedList { ["fr"] = ["Covid-19", "cohorte", "enquête", "sérologie"], ["en"] = ["Covid-19", "cohort", "survey"] };
        r.HealthCategories = ["RQSH"];
        r.HealthThemes = ["RESPIRATORY_DISEASES", "IMMUNIZATION_DISEASES"];
        r.GeneratedBy = "COHORT";
        r.Frequency = "NEVER";
        r.TemporalCoverage = [new PeriodOfTime { Start = new DateOnly(2020, 5, 1), End = new DateOnly(2022, 7, 31) }];
        r.NumberOfRecords = 312_000; r.NumberOfUniqueIndividuals = 135_000; r.MinTypicalAge = 15; r.MaxTypicalAge = 99;
        r.PopulationCoverage = LocalizedText.Of("Échantillon représentatif des personnes de 15 ans ou plus vivant en France", "Representative sample of people aged 15+ living in France");
        r.Documentation = Docs("Réponses individuelles au questionnaire et résultats sérologiques.",
            "Tirage aléatoire dans le fichier démographique de l'Insee ; questionnaires par internet ou téléphone ; autoprélèvements sanguins.",
            "Tables SAS et CSV par vague, avec identifiant pseudonymisé commun.", "Taux de réponse de 56 % à la première vague ; pondérations fournies pour corriger la non-réponse.",
            "Base définitive, pas de nouvelle vague prévue.");
        r.DataDictionary =
        [
            new DataTable
            {
                Name = "vague1", Title = LocalizedText.Of("Vague 1 (mai 2020)", "Wave 1 (May 2020)"), Description = LocalizedText.Of("Réponses de la première vague.", "First-wave answers."),
                Variables =
                [
                    Var("id_pseudo", "string", "Identifiant pseudonymisé", "Pseudonymised id"),
                    Var("age", "integer", "Âge révolu", "Age", "années"),
                    Var("serologie_elisa", "string", "Résultat sérologique ELISA", "ELISA serology result", null, null, ("POS", "Positif"), ("NEG", "Négatif")),
                    Var("poids", "number", "Pondération", "Survey weight"),
                ],
            },
        ];
        r.Distributions = [AccessPoint("Accès via le CASD", "https://www.casd.eu/source/epidemiologie-et-conditions-de-vie-epicov/")];
        return r;
    }

    private static DatasetRecord RareDiseases()
    {
        var r = Controlled(new("d5e70000-0000-4000-8000-000000000004"), Aphp, "banque-nationale-maladies-rares", AccessLevel.NonPublic,
            "Banque nationale de données maladies rares (BNDMR)",
            "French national rare disease registry (BNDMR)",
            "Données minimales (set de données minimal national) de plus d'un million de patients suivis dans les centres de référence et de compétence maladies rares : diagnostic codé en ORPHAcodes, âge aux premiers signes, statut du diagnostic.",
            "Minimal national dataset of over a million patients followed in French rare-disease reference and competence centres: ORPHAcode diagnoses, age at onset, diagnostic status.");
        r.Keywords = new LocalizedList { ["fr"] = ["maladies rares", "registre", "ORPHAcode", "BNDMR"], ["en"] = ["rare diseases", "registry"] };
        r.HealthCategories = ["MRMR", "EHRS"];
        r.HealthThemes = ["NONCOMMUNICABLE_DISEASES"];
        r.CodingSystems = ["ORPHACODE", "HPO"];
        r.GeneratedBy = "MEDICAL_REGISTRY";
        r.Frequency = "ANNUAL";
        r.TemporalCoverage = [new PeriodOfTime { Start = new DateOnly(2007, 1, 1) }];
        r.NumberOfRecords = 1_450_000; r.NumberOfUniqueIndividuals = 1_080_000; r.MinTypicalAge = 0; r.MaxTypicalAge = 100;
        r.PopulationCoverage = LocalizedText.Of("Patients vus dans les 2 300 centres maladies rares", "Patients seen in the 2,300 rare-disease centres");
        r.Documentation = Docs("Une ligne par patient et par diagnostic.", "Saisie par les centres dans BaMaRa ou via les DPI, consolidée par la BNDMR (AP-HP).",
            "Entrepôt relationnel ; extractions CSV sur autorisation.", "Exhaustivité variable selon les filières ; doublons inter-centres résolus par identifiant national.",
            "Consolidation annuelle.");
        r.DataDictionary =
        [
            new DataTable
            {
                Name = "sdm", Title = LocalizedText.Of("Set de données minimal", "Minimal dataset"), Description = LocalizedText.Of("Données du SDM-MR.", "SDM-MR data."),
                Variables =
                [
                    Var("orphacode", "string", "Diagnostic (ORPHAcode)", "Diagnosis (ORPHAcode)", null, "ORPHACODE"),
                    Var("statut_diagnostic", "string", "Statut du diagnostic", "Diagnostic status", null, null, ("C", "Confirmé"), ("P", "Probable"), ("E", "En cours")),
                    Var("age_premiers_signes", "integer", "Âge aux premiers signes", "Age at onset", "années"),
                    Var("signes_hpo", "string", "Signes cliniques (HPO)", "Clinical signs (HPO)", null, "HPO"),
                ],
            },
        ];
        r.Distributions = [AccessPoint("Demande d'accès à la BNDMR", "https://www.bndmr.fr/acceder-aux-donnees/")];
        return r;
    }

    private static DatasetRecord HospitalWarehouse()
    {
        var r = Controlled(new("d5e70000-0000-4000-8000-000000000005"), Aphp, "entrepot-donnees-sante-aphp-extrait-omop", AccessLevel.NonPublic,
            "Extrait de l'entrepôt de données de santé de l'AP-HP (OMOP-CDM)",
            "AP-HP clinical data warehouse extract (OMOP-CDM)",
            "Extraction pseudonymisée de l'entrepôt de données de santé de l'AP-HP au format OMOP-CDM : séjours, diagnostics, actes, biologie, prescriptions et comptes rendus, pour les projets de recherche autorisés.",
            "Pseudonymised extraction of the AP-HP clinical data warehouse in OMOP-CDM: stays, diagnoses, procedures, laboratory results, prescriptions and reports, for authorised research projects.");
        r.Keywords = new LocalizedList { ["fr"] = ["entrepôt de données", "OMOP", "hôpital", "dossier patient"], ["en"] = ["clinical data warehouse", "OMOP"] };
        r.HealthCategories = ["EHRS", "HRAD"];
        r.HealthThemes = ["HEALTH_SYSTEMS"];
        r.ConformsTo = ["OMOP-CDM"];
        r.CodingSystems = ["ICD-10", "LOINC", "ATC", "SNOMED-CT"];
        r.GeneratedBy = "HOSPITAL_RECORDS";
        r.Frequency = "MONTHLY";
        r.TemporalCoverage = [new PeriodOfTime { Start = new DateOnly(2017, 1, 1) }];
        r.SpatialCoverage = ["fr:region:11"]; r.SpatialGranularity = "fr:region";
        r.NumberOfRecords = 210_000_000; r.NumberOfUniqueIndividuals = 11_000_000; r.MinTypicalAge = 0; r.MaxTypicalAge = 105;
        r.PopulationCoverage = LocalizedText.Of("Patients pris en charge dans les 38 hôpitaux de l'AP-HP", "Patients treated in the 38 AP-HP hospitals");
        r.Documentation = Docs("Tables OMOP standard (person, visit_occurrence, condition_occurrence, measurement, drug_exposure).",
            "Alimentation quotidienne depuis les logiciels de soins de l'AP-HP, transformée vers OMOP-CDM v5.4.",
            "Base PostgreSQL OMOP-CDM v5.4 ; extractions Parquet/CSV dans l'espace projet.", "Mapping vers les concepts standards OMOP à 92 % ; textes libres non structurés.",
            "Rafraîchissement mensuel de l'extrait.");
        r.DataDictionary =
        [
            new DataTable
            {
                Name = "condition_occurrence", Title = LocalizedText.Of("Diagnostics", "Conditions"), Description = LocalizedText.Of("Table OMOP des diagnostics.", "OMOP conditions table."),
                Variables =
                [
                    Var("person_id", "integer", "Identifiant pseudonymisé du patient", "Pseudonymised person id"),
                    Var("condition_concept_id", "integer", "Concept OMOP du diagnostic", "OMOP condition concept", null, "OHDSI-VOCAB"),
                    Var("condition_source_value", "string", "Code source CIM-10", "ICD-10 source code", null, "ICD-10"),
                    Var("condition_start_date", "date", "Date de début", "Start date"),
                ],
            },
            new DataTable
            {
                Name = "measurement", Title = LocalizedText.Of("Biologie", "Measurements"), Description = LocalizedText.Of("Résultats de biologie.", "Laboratory results."),
                Variables =
                [
                    Var("measurement_concept_id", "integer", "Concept OMOP (LOINC)", "OMOP concept (LOINC)", null, "LOINC"),
                    Var("value_as_number", "number", "Valeur numérique", "Numeric value"),
                    Var("unit_source_value", "string", "Unité (UCUM)", "Unit (UCUM)", null, "UCUM"),
                ],
            },
        ];
        r.Distributions = [AccessPoint("Portail de l'EDS AP-HP", "https://eds.aphp.fr/recherche")];
        return r;
    }

    private static DatasetRecord Perinatal()
    {
        var r = Controlled(new("d5e70000-0000-4000-8000-000000000008"), Inserm, "enquete-nationale-perinatale-2021", AccessLevel.Restricted,
            "Enquête nationale périnatale 2021",
            "National perinatal survey 2021",
            "Enquête sur l'ensemble des naissances d'une semaine de mars 2021 en France : santé des mères et des nouveau-nés, pratiques médicales, dossiers et entretiens en suites de couches.",
            "Survey of all births during one week of March 2021 in France: maternal and newborn health, medical practices, records and post-partum interviews.");
        r.Keywords = new LocalizedList { ["fr"] = ["périnatalité", "naissance", "maternité", "enquête"], ["en"] = ["perinatal", "births"] };
        r.HealthCategories = ["RQSH"];
        r.HealthThemes = ["REPRODUCTIVE_HEALTH", "LIFECOURSE_HEALTH"];
        r.GeneratedBy = "HEALTH_SURVEY";
        r.Frequency = "QUINQUENNIAL";
        r.TemporalCoverage = [new PeriodOfTime { Start = new DateOnly(2021, 3, 15), End = new DateOnly(2021, 3, 21) }];
        r.NumberOfRecords = 13_000; r.NumberOfUniqueIndividuals = 12_700; r.MinTypicalAge = 15; r.MaxTypicalAge = 50;
        r.PopulationCoverage = LocalizedText.Of("Toutes les naissances d'une semaine en France", "All births in France during one week");
        r.Documentation = Docs("Une ligne par naissance.", "Recueil dans toutes les maternités par les sages-femmes enquêtrices (Inserm, DREES, SpF).",
            "Fichier SAS et CSV, dictionnaire des variables fourni.", "Non-réponse de 7 % ; données déclaratives pour certains comportements.", "Enquête répétée tous les cinq à six ans.");
        r.DataDictionary =
        [
            new DataTable
            {
                Name = "naissances", Title = LocalizedText.Of("Naissances", "Births"), Description = LocalizedText.Of("Une ligne par naissance.", "One row per birth."),
                Variables =
                [
                    Var("age_mere", "integer", "Âge de la mère", "Mother's age", "années"),
                    Var("terme_sa", "integer", "Terme en semaines d'aménorrhée", "Gestational age", "semaines"),
                    Var("poids_naissance", "integer", "Poids de naissance", "Birth weight", "g"),
                    Var("mode_accouchement", "string", "Mode d'accouchement", "Mode of delivery", null, null, ("VB", "Voie basse"), ("CS", "Césarienne")),
                ],
            },
        ];
        r.Distributions = [AccessPoint("Accès via le réseau Quetelet-Progedo", "https://data.progedo.fr/studies/doi/10.13144/lil-1545")];
        return r;
    }

    private static DatasetRecord MentalHealthDraft()
    {
        var r = Open(new("d5e70000-0000-4000-8000-000000000009"), Spf, "barometre-sante-mentale-brouillon",
            "Baromètre santé mentale (brouillon)",
            "Mental health barometer (draft)",
            "Indicateurs de santé mentale en population générale, en préparation.",
            "Mental health indicators in the general population, in preparation.");
        r.HealthCategories = ["RQSH"];
        r.HealthThemes = ["MENTAL_HEALTH"];
        r.Distributions = [File("Indicateurs", "https://files.santepubliquefrance.fr/barometre/indicateurs.csv", "CSV", 300_000)];
        return r;
    }
}
