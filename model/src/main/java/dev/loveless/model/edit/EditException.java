package dev.loveless.model.edit;

/** An edit that does not fit the document it is applied to; the document stays as it was. */
public class EditException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public EditException(String message) {
        super(message);
    }
}
