using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Serialization;

namespace SummitBot.State;

/// <summary>
/// Resolves the type names written into stored state only to plain values and generic collections of the runtime's
/// core library and to types of Newtonsoft, the Bot Framework and this bot (generic arguments included), so that a
/// crafted entry in a shared store cannot make the bot instantiate an arbitrary type.
/// Names a type for writing as Newtonsoft's default "Simple" form does (assembly names without version, culture and
/// public key token, generic arguments included), built once per type; <see cref="StateJson"/> has Newtonsoft write it as is.
/// </summary>
internal sealed partial class StateTypeBinder : ISerializationBinder
{
    private static readonly DefaultSerializationBinder Inner = new();

    private readonly ConcurrentDictionary<Type, string> _names = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        var type = Inner.BindToType(assemblyName, typeName);
        if (!IsAllowed(type))
        {
            throw new Newtonsoft.Json.JsonSerializationException($"Type '{type.FullName}' is not allowed in stored state.");
        }

        return type;
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        // The assembly is part of the name: Newtonsoft adds nothing to a name bound with no assembly.
        assemblyName = null;
        typeName = _names.GetOrAdd(serializedType, static type => SimpleName(type));
    }

    /// <summary>"Namespace.Type, Assembly", generic arguments as "[[Namespace.Argument, Assembly]]".</summary>
    internal static string SimpleName(Type type)
    {
        Inner.BindToName(type, out var assemblyName, out var typeName);
        var qualified = assemblyName is null ? typeName! : $"{typeName}, {assemblyName}";
        return AssemblyDetails().Replace(qualified, string.Empty);
    }

    internal static bool IsAllowed(Type type)
    {
        if (type.HasElementType)
        {
            return IsAllowed(type.GetElementType()!);
        }

        var allowed = type.Assembly == typeof(object).Assembly ? IsPlainData(type) : IsAllowedAssembly(type.Assembly);
        return allowed && type.GetGenericArguments().All(IsAllowed);
    }

    /// <summary>Of the core library, only values and generic collections: nothing there that acts when created.</summary>
    private static bool IsPlainData(Type type) =>
        type.IsPrimitive
        || type.IsEnum
        || type == typeof(object)
        || type == typeof(string)
        || type == typeof(decimal)
        || type == typeof(DateTime)
        || type == typeof(DateTimeOffset)
        || type == typeof(TimeSpan)
        || type == typeof(Guid)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>))
        || type.Namespace == "System.Collections.Generic";

    private static bool IsAllowedAssembly(Assembly assembly)
    {
        var name = assembly.GetName().Name ?? string.Empty;
        return name == "Newtonsoft.Json"
            || name.StartsWith("Microsoft.Bot.", StringComparison.Ordinal)
            || name == "SummitBot"
            || name.StartsWith("SummitBot.", StringComparison.Ordinal);
    }

    /// <summary>The parts of an assembly's full name that the simple form leaves out.</summary>
    [GeneratedRegex(@", (?:Version|Culture|PublicKeyToken)=[^,\]]*", RegexOptions.CultureInvariant)]
    private static partial Regex AssemblyDetails();
}
