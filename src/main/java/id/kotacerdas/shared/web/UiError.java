package id.kotacerdas.shared.web;

/** A refusal shown in the UI: the field it belongs next to (null for the whole form) and the message. */
public record UiError(String field, String message) {

    public boolean on(String name) {
        return name.equals(field);
    }
}
