using System.Text.Json.Nodes;

namespace Catalogue.Emulators.Udata;

/// <summary>Accumulates WTForms-style errors: <c>field → [messages]</c>, nested forms as nested objects.</summary>
internal sealed class FormErrors
{
    public JsonObject Errors { get; } = new();
    public bool Any => Errors.Count > 0;

    public void Add(string field, string message) => Add(Errors, field, message);

    public void AddNested(string form, string field, string message)
    {
        if (Errors[form] is not JsonObject nested) Errors[form] = nested = new JsonObject();
        Add(nested, field, message);
    }

    private static void Add(JsonObject into, string field, string message)
    {
        if (into[field] is not JsonArray list) into[field] = list = new JsonArray();
        list.Add(message);
    }

    public const string Required = "This field is required.";
    public const string NotAChoice = "Not a valid choice";
    public static string TooLong(int max) => $"Field cannot be longer than {max} characters.";
}
