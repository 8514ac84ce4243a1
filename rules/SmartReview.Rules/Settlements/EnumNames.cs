using System.Text.Json;

namespace SmartReview.Rules.Settlements;

/// <summary>The wire names of the settlement enums (see docs/settlement-format.md).</summary>
public static class EnumNames
{
    private static readonly (string Name, Sex Value)[] Sexes = [("M", Sex.Male), ("F", Sex.Female)];

    private static readonly (string Name, Scheme Value)[] Schemes =
        [("employee", Scheme.Employee), ("resident", Scheme.Resident), ("work_injury", Scheme.WorkInjury), ("maternity", Scheme.Maternity)];

    private static readonly (string Name, CareSetting Value)[] Settings =
    [
        ("inpatient", CareSetting.Inpatient), ("outpatient", CareSetting.Outpatient), ("emergency", CareSetting.Emergency),
        ("pharmacy", CareSetting.Pharmacy), ("internet", CareSetting.Internet),
    ];

    private static readonly (string Name, ItemCategory Value)[] Categories =
    [
        ("drug", ItemCategory.Drug), ("herbal_piece", ItemCategory.HerbalPiece), ("service", ItemCategory.Service),
        ("exam", ItemCategory.Exam), ("lab", ItemCategory.Lab), ("treatment", ItemCategory.Treatment),
        ("surgery", ItemCategory.Surgery), ("consumable", ItemCategory.Consumable), ("bed", ItemCategory.Bed),
        ("nursing", ItemCategory.Nursing), ("other", ItemCategory.Other),
    ];

    private static readonly (string Name, PaymentClass Value)[] Classes =
        [("甲", PaymentClass.A), ("乙", PaymentClass.B), ("丙", PaymentClass.C)];

    public static string Of(Sex value) => NameOf(Sexes, value);
    public static string Of(Scheme value) => NameOf(Schemes, value);
    public static string Of(CareSetting value) => NameOf(Settings, value);
    public static string Of(ItemCategory value) => NameOf(Categories, value);
    public static string Of(PaymentClass value) => NameOf(Classes, value);

    public static bool TryParse(string name, out Sex value) => TryFind(Sexes, name, out value);
    public static bool TryParse(string name, out Scheme value) => TryFind(Schemes, name, out value);
    public static bool TryParse(string name, out CareSetting value) => TryFind(Settings, name, out value);
    public static bool TryParse(string name, out ItemCategory value) => TryFind(Categories, name, out value);

    /// <summary>Any of the enums by wire name.</summary>
    public static bool TryParse<T>(string name, out T value) where T : struct, Enum => TryFind(Table<T>(), name, out value);

    internal static T Read<T, TReader>(ref TReader reader, in FieldPath field)
        where T : struct, Enum
        where TReader : struct, IJsonTokens, allows ref struct
    {
        JsonValues.Expect(ref reader, JsonTokenType.String, field);
        ReadOnlySpan<byte> text = reader.ValueSpan;
        (byte[] Name, T Value)[] entries = Utf8Table<T>.Entries;
        int at = reader.ValueIsEscaped ? Utf8Table<T>.Several : Utf8Table<T>.ByKey[Utf8Table<T>.Key(text)];
        if (at >= 0 && text.SequenceEqual(entries[at].Name))
        {
            return entries[at].Value;
        }

        if (at == Utf8Table<T>.Several)
        {
            foreach ((byte[] name, T value) in entries)
            {
                if (reader.ValueTextEquals(name))
                {
                    return value;
                }
            }
        }

        (string Name, T Value)[] table = Table<T>();
        throw new InvalidRecordException(field.ToString(), $"'{reader.GetString()}' is not one of {string.Join(", ", table.Select(t => t.Name))}");
    }

    /// <summary>
    /// The names as UTF-8, compared against the reader's bytes without transcoding. <see cref="ByKey"/> finds the one
    /// name a value can be from its length and last two bytes, so a read compares once instead of going down the list.
    /// </summary>
    private static class Utf8Table<T> where T : struct, Enum
    {
        public const int None = -1, Several = -2;

        public static readonly (byte[] Name, T Value)[] Entries = [.. Table<T>().Select(e => (System.Text.Encoding.UTF8.GetBytes(e.Name), e.Value))];

        /// <summary>Per key, the index of the one name with that key, <see cref="None"/>, or <see cref="Several"/>.</summary>
        public static readonly int[] ByKey = Index();

        public static int Key(ReadOnlySpan<byte> text) => text.IsEmpty ? 0 : (text.Length * 3 + text[^1] + text[text.Length > 1 ? ^2 : ^1]) & 63;

        private static int[] Index()
        {
            int[] byKey = [.. Enumerable.Repeat(None, 64)];
            for (int i = 0; i < Entries.Length; i++)
            {
                ref int slot = ref byKey[Key(Entries[i].Name)];
                slot = slot == None ? i : Several;
            }

            return byKey;
        }
    }

    private static (string Name, T Value)[] Table<T>() where T : struct, Enum => typeof(T) switch
    {
        Type t when t == typeof(Sex) => (((object)Sexes) as (string, T)[])!,
        Type t when t == typeof(Scheme) => (((object)Schemes) as (string, T)[])!,
        Type t when t == typeof(CareSetting) => (((object)Settings) as (string, T)[])!,
        Type t when t == typeof(ItemCategory) => (((object)Categories) as (string, T)[])!,
        Type t when t == typeof(PaymentClass) => (((object)Classes) as (string, T)[])!,
        _ => throw new NotSupportedException(typeof(T).Name),
    };

    private static string NameOf<T>((string Name, T Value)[] table, T value) where T : struct, Enum
    {
        foreach ((string name, T v) in table)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, null);
    }

    private static bool TryFind<T>((string Name, T Value)[] table, string name, out T value) where T : struct, Enum
    {
        foreach ((string n, T v) in table)
        {
            if (n == name)
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }
}
