namespace Cosyn.Personas;

/// <summary>The life-stage shapes of built-in personas; each has its own templates and axes.</summary>
internal enum PersonaShape
{
    /// <summary>Working in the occupation, optionally with a stage modifier ("young", "veteran").</summary>
    Working,

    /// <summary>Retired from the occupation; described by what they do now.</summary>
    Retired,

    /// <summary>Studying the occupation's field and hoping to enter it.</summary>
    Student,
}
