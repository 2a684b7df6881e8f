import { ChangeDetectionStrategy, Component, ElementRef, computed, input, output, viewChild } from '@angular/core';
import { isDismissableIdentifierKind, type IdentifierFinding, type IdentifierKind, type NotAnIdentifier } from '@cohesion/contracts';
import { findIdentifiers, withoutDismissed } from '@cohesion/deidentification';

const KIND_LABEL: Record<IdentifierKind, string> = {
  email: 'email address',
  phone: 'phone number',
  address: 'street address',
  postcode: 'postcode',
  date: 'date',
  age_over_89: 'age over 89',
  id_number: 'ID or record number',
  url: 'web address',
  ip_address: 'IP address',
  name: 'personal name',
};

interface Segment {
  text: string;
  finding: IdentifierFinding | null;
}

/**
 * A note field that checks for direct identifiers while the facilitator types (the same check the API applies):
 * findings are highlighted in place, behind the text, and listed below with "Not an identifier" to dismiss one.
 */
@Component({
  selector: 'ch-checked-text',
  templateUrl: './checked-text.html',
  styleUrl: './checked-text.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckedText {
  private readonly backdrop = viewChild.required<ElementRef<HTMLElement>>('backdrop');

  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string>('');
  readonly value = input.required<string>();
  readonly dismissed = input<readonly NotAnIdentifier[]>([]);
  readonly rows = input(3);
  readonly valueChange = output<string>();
  readonly dismiss = output<NotAnIdentifier>();

  protected readonly findings = computed(() => withoutDismissed(findIdentifiers(this.value()), [...this.dismissed()]));
  protected readonly segments = computed<Segment[]>(() => {
    const text = this.value();
    const segments: Segment[] = [];
    let at = 0;
    for (const finding of this.findings()) {
      if (finding.start > at) segments.push({ text: text.slice(at, finding.start), finding: null });
      segments.push({ text: text.slice(finding.start, finding.end), finding });
      at = finding.end;
    }
    segments.push({ text: text.slice(at) + '\n', finding: null });
    return segments;
  });
  protected readonly kindLabel = (kind: IdentifierKind) => KIND_LABEL[kind];
  /** An email, phone number, URL or IP address cannot be dismissed: it is an identifier whatever the note says. */
  protected readonly dismissable = isDismissableIdentifierKind;

  protected syncScroll(textarea: HTMLTextAreaElement): void {
    this.backdrop().nativeElement.scrollTop = textarea.scrollTop;
  }
}
