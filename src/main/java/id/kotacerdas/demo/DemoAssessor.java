package id.kotacerdas.demo;

/** An assessor of the demo panels; {@code leaning} is how much above (or below) the others they tend to score. */
public record DemoAssessor(String username, String fullName, String affiliation, double leaning) {}
