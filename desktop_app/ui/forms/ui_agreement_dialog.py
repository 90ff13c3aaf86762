# generated from ui/agreement_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_AgreementDialog(object):
    def setupUi(self, AgreementDialog):
        if not AgreementDialog.objectName():
            AgreementDialog.setObjectName(u"AgreementDialog")
        AgreementDialog.resize(760, 330)
        self.mainLayout = QVBoxLayout(AgreementDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.titleLabel = QLabel(AgreementDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QPlainTextEdit(AgreementDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleEdit.sizePolicy().hasHeightForWidth())
        self.titleEdit.setSizePolicy(sizePolicy)
        self.titleEdit.setMaximumSize(QSize(16777215, 72))
        self.titleEdit.setTabChangesFocus(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(AgreementDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.shortNameLabel = QLabel(AgreementDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(AgreementDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.regionsLabel = QLabel(AgreementDialog)
        self.regionsLabel.setObjectName(u"regionsLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.regionsLabel)

        self.regionsEdit = QLineEdit(AgreementDialog)
        self.regionsEdit.setObjectName(u"regionsEdit")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.regionsEdit)

        self.newRegionsRow = QHBoxLayout()
        self.newRegionsRow.setObjectName(u"newRegionsRow")
        self.regionsHint = QLabel(AgreementDialog)
        self.regionsHint.setObjectName(u"regionsHint")
        self.regionsHint.setWordWrap(True)

        self.newRegionsRow.addWidget(self.regionsHint)

        self.foreignCheck = QCheckBox(AgreementDialog)
        self.foreignCheck.setObjectName(u"foreignCheck")

        self.newRegionsRow.addWidget(self.foreignCheck)

        self.newRegionsRow.setStretch(0, 1)

        self.fields.setLayout(4, QFormLayout.ItemRole.FieldRole, self.newRegionsRow)

        self.numberLabel = QLabel(AgreementDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(AgreementDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.signedLabel = QLabel(AgreementDialog)
        self.signedLabel.setObjectName(u"signedLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.signedLabel)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.signedEdit = QDateEdit(AgreementDialog)
        self.signedEdit.setObjectName(u"signedEdit")
        self.signedEdit.setCalendarPopup(True)

        self.datesRow.addWidget(self.signedEdit)

        self.validLabel = QLabel(AgreementDialog)
        self.validLabel.setObjectName(u"validLabel")

        self.datesRow.addWidget(self.validLabel)

        self.validEdit = QDateEdit(AgreementDialog)
        self.validEdit.setObjectName(u"validEdit")
        self.validEdit.setCalendarPopup(True)

        self.datesRow.addWidget(self.validEdit)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesRow.addItem(self.datesSpacer)


        self.fields.setLayout(6, QFormLayout.ItemRole.FieldRole, self.datesRow)

        self.datesError = QLabel(AgreementDialog)
        self.datesError.setObjectName(u"datesError")
        self.datesError.setWordWrap(True)

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.datesError)

        self.activeCheck = QCheckBox(AgreementDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.mainLayout.addLayout(self.fields)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(AgreementDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.cancelButton = QPushButton(AgreementDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.regionsLabel.setBuddy(self.regionsEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.signedLabel.setBuddy(self.signedEdit)
        self.validLabel.setBuddy(self.validEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.shortNameEdit)
        QWidget.setTabOrder(self.shortNameEdit, self.regionsEdit)
        QWidget.setTabOrder(self.regionsEdit, self.foreignCheck)
        QWidget.setTabOrder(self.foreignCheck, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.signedEdit)
        QWidget.setTabOrder(self.signedEdit, self.validEdit)
        QWidget.setTabOrder(self.validEdit, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(AgreementDialog)

        QMetaObject.connectSlotsByName(AgreementDialog)
    # setupUi

    def retranslateUi(self, AgreementDialog):
        AgreementDialog.setWindowTitle(QCoreApplication.translate("AgreementDialog", u"\u0421\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u0435", None))
        self.titleLabel.setText(QCoreApplication.translate("AgreementDialog", u"&\u041f\u043e\u043b\u043d\u043e\u0435 \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"\u0421\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u0435 \u043c\u0435\u0436\u0434\u0443 \u0410\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0435\u0439 \u2026 \u0438 \u2026 \u043e \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u0447\u0435\u0441\u0442\u0432\u0435 \u2026", None))
        self.shortNameLabel.setText(QCoreApplication.translate("AgreementDialog", u"&\u041a\u0440\u0430\u0442\u043a\u043e\u0435 \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435:", None))
#if QT_CONFIG(tooltip)
        self.shortNameEdit.setToolTip(QCoreApplication.translate("AgreementDialog", u"\u041a\u0430\u043a \u0441\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u0435 \u043d\u0430\u0437\u044b\u0432\u0430\u044e\u0442 \u043c\u0435\u0436\u0434\u0443 \u0441\u043e\u0431\u043e\u0439; \u043f\u043e \u043d\u0435\u043c\u0443 \u0435\u0433\u043e \u043d\u0430\u0445\u043e\u0434\u044f\u0442 \u0432 \u0444\u043e\u0440\u043c\u0435 \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u041c\u043e\u0441\u043a\u0432\u0430", None))
        self.regionsLabel.setText(QCoreApplication.translate("AgreementDialog", u"&\u0420\u0435\u0433\u0438\u043e\u043d\u044b-\u043f\u0430\u0440\u0442\u043d\u0451\u0440\u044b:", None))
#if QT_CONFIG(tooltip)
        self.regionsEdit.setToolTip(QCoreApplication.translate("AgreementDialog", u"\u0427\u0435\u0440\u0435\u0437 \u0442\u043e\u0447\u043a\u0443 \u0441 \u0437\u0430\u043f\u044f\u0442\u043e\u0439; \u043f\u043e\u0434\u0441\u043a\u0430\u0437\u043a\u0438 \u2014 \u0438\u0437 \u0441\u043f\u0438\u0441\u043a\u0430 \u0440\u0435\u0433\u0438\u043e\u043d\u043e\u0432. \u041c\u043e\u0436\u043d\u043e \u0432\u043f\u0438\u0441\u0430\u0442\u044c \u0438 \u0437\u0430\u0440\u0443\u0431\u0435\u0436\u043d\u043e\u0433\u043e \u043f\u0430\u0440\u0442\u043d\u0451\u0440\u0430.", None))
#endif // QT_CONFIG(tooltip)
        self.regionsEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u041a\u0430\u043b\u0443\u0436\u0441\u043a\u0430\u044f \u043e\u0431\u043b\u0430\u0441\u0442\u044c; \u0411\u0440\u044f\u043d\u0441\u043a\u0430\u044f \u043e\u0431\u043b\u0430\u0441\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.foreignCheck.setToolTip(QCoreApplication.translate("AgreementDialog", u"\u041e\u0442\u043c\u0435\u0442\u044c\u0442\u0435, \u0435\u0441\u043b\u0438 \u043d\u043e\u0432\u044b\u0439 \u0440\u0435\u0433\u0438\u043e\u043d \u2014 \u0437\u0430\u0440\u0443\u0431\u0435\u0436\u043d\u044b\u0439 \u043f\u0430\u0440\u0442\u043d\u0451\u0440 (\u043e\u0431\u043b\u0430\u0441\u0442\u044c \u0434\u0440\u0443\u0433\u043e\u0439 \u0441\u0442\u0440\u0430\u043d\u044b, \u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u0430\u044f \u043e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438\u044f); \u0438\u043d\u0430\u0447\u0435 \u043e\u043d \u0431\u0443\u0434\u0435\u0442 \u0437\u0430\u043f\u0438\u0441\u0430\u043d \u043a\u0430\u043a \u0440\u0435\u0433\u0438\u043e\u043d \u0420\u043e\u0441\u0441\u0438\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.foreignCheck.setText(QCoreApplication.translate("AgreementDialog", u"&\u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0439 \u043f\u0430\u0440\u0442\u043d\u0451\u0440", None))
        self.numberLabel.setText(QCoreApplication.translate("AgreementDialog", u"&\u041d\u043e\u043c\u0435\u0440:", None))
        self.signedLabel.setText(QCoreApplication.translate("AgreementDialog", u"&\u041f\u043e\u0434\u043f\u0438\u0441\u0430\u043d\u043e:", None))
#if QT_CONFIG(tooltip)
        self.signedEdit.setToolTip(QCoreApplication.translate("AgreementDialog", u"\u0414\u0430\u0442\u0430 \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043d\u0438\u044f; \u00ab\u043d\u0435 \u0443\u043a\u0430\u0437\u0430\u043d\u0430\u00bb, \u0435\u0441\u043b\u0438 \u043d\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043d\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.signedEdit.setSpecialValueText(QCoreApplication.translate("AgreementDialog", u"\u043d\u0435 \u0443\u043a\u0430\u0437\u0430\u043d\u0430", None))
        self.signedEdit.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"dd.MM.yyyy", None))
        self.validLabel.setText(QCoreApplication.translate("AgreementDialog", u"&\u0434\u0435\u0439\u0441\u0442\u0432\u0443\u0435\u0442 \u0434\u043e:", None))
#if QT_CONFIG(tooltip)
        self.validEdit.setToolTip(QCoreApplication.translate("AgreementDialog", u"\u041f\u043e\u0441\u043b\u0435\u0434\u043d\u0438\u0439 \u0434\u0435\u043d\u044c \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u044f; \u00ab\u0431\u0435\u0441\u0441\u0440\u043e\u0447\u043d\u043e\u00bb, \u0435\u0441\u043b\u0438 \u0441\u0440\u043e\u043a \u043d\u0435 \u043e\u0433\u0440\u0430\u043d\u0438\u0447\u0435\u043d", None))
#endif // QT_CONFIG(tooltip)
        self.validEdit.setSpecialValueText(QCoreApplication.translate("AgreementDialog", u"\u0431\u0435\u0441\u0441\u0440\u043e\u0447\u043d\u043e", None))
        self.validEdit.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"dd.MM.yyyy", None))
#if QT_CONFIG(tooltip)
        self.activeCheck.setToolTip(QCoreApplication.translate("AgreementDialog", u"\u041d\u0435\u0434\u0435\u0439\u0441\u0442\u0432\u0443\u044e\u0449\u0435\u0435 \u0441\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u0435 \u043d\u0435 \u043f\u0440\u0435\u0434\u043b\u0430\u0433\u0430\u0435\u0442\u0441\u044f \u0434\u043b\u044f \u043d\u043e\u0432\u044b\u0445 \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u0439; \u043f\u0440\u0435\u0436\u043d\u0438\u0435 \u0437\u0430\u043f\u0438\u0441\u0438 \u043e\u0441\u0442\u0430\u044e\u0442\u0441\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.activeCheck.setText(QCoreApplication.translate("AgreementDialog", u"&\u0414\u0435\u0439\u0441\u0442\u0432\u0443\u0435\u0442", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("AgreementDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("AgreementDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
        self.cancelButton.setText(QCoreApplication.translate("AgreementDialog", u"\u041e\u0442\u043c\u0435\u043d\u0430", None))
    # retranslateUi

